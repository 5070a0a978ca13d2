-- Institutional maturity (issue 14). Every model version the observatory computed with is kept with its YAML;
-- results are kept per model version, institution and quarter, so an older version's results stay readable
-- after a recomputation under a new one.
create table maturity_model_version (
  id            bigserial primary key,
  model_id      text not null,
  version       text not null,
  content_hash  text not null check (content_hash ~ '^[0-9a-f]{64}$'),
  yaml          text not null,
  created_at    timestamptz not null default now(),
  unique (model_id, version)
);

create table maturity_result (
  model_version_id  bigint not null references maturity_model_version(id),
  institution_code  text not null references institution(code),
  quarter           text not null check (quarter ~ '^[0-9]{4}-Q[1-4]$'),
  level             smallint not null check (level between 1 and 5),
  met_percent       double precision not null,
  computed_at       timestamptz not null,
  -- dimensions, criteria (status, observed, expected, evidence) and key datasets, as the API shows them
  detail            jsonb not null,
  primary key (model_version_id, quarter, institution_code)
);

-- Answers to answered criteria: submitted by an editor token, accepted or rejected (with a reason) by an admin.
create table maturity_answer (
  id                  bigserial primary key,
  institution_code    text not null references institution(code),
  criterion_id        text not null,
  state               text not null check (state in ('submitted', 'accepted', 'rejected')),
  evidence_url        text not null check (evidence_url ~* '^https?://'),
  note                text,
  submitted_at        timestamptz not null,
  submitted_by        bigint references api_token(id),
  reviewed_at         timestamptz,
  reviewed_by         bigint references api_token(id),
  reason              text,
  evidence_reachable  boolean,
  evidence_observed   text,
  evidence_checked_at timestamptz,
  check (state <> 'rejected' or coalesce(reason, '') <> '')
);
create index maturity_answer_institution_idx on maturity_answer (institution_code, criterion_id, submitted_at desc);

-- An editor's decision that a harvested dataset is, or is not, one of an institution's key datasets.
create table maturity_key_dataset_decision (
  institution_code  text not null references institution(code),
  key_dataset_id    text not null,
  dataset_id        text not null,
  confirmed         boolean not null,
  decided_at        timestamptz not null,
  decided_by        bigint references api_token(id),
  primary key (institution_code, key_dataset_id, dataset_id)
);
