-- Right of reply (issue 17): an editor contests the findings of one rule on one dataset; an admin accepts or rejects
-- the contest (a reason is required to reject). An accepted contest waives the rule on that dataset while the
-- dataset's content hash is the one contested: a changed dataset is scored again in full.
create table finding_contest (
  id               bigserial primary key,
  dataset_id       bigint not null references dataset(id) on delete cascade,
  content_hash     text not null,
  rule_id          text not null,
  reason           text not null check (reason <> ''),
  evidence_url     text check (evidence_url ~* '^https?://'),
  state            text not null default 'pending' check (state in ('pending', 'accepted', 'rejected')),
  filed_at         timestamptz not null,
  filed_by         bigint references api_token(id),
  decided_at       timestamptz,
  decided_by       bigint references api_token(id),
  decision_reason  text,
  check (state <> 'rejected' or coalesce(decision_reason, '') <> '')
);
create index finding_contest_dataset_idx on finding_contest (dataset_id, id desc);
create index finding_contest_accepted_idx on finding_contest (dataset_id) where state = 'accepted';
