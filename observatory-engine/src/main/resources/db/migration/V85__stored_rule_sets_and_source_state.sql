-- Rule sets stored through the admin API: every version kept; at most one active per profile, which
-- then scores instead of the shipped file. Deactivating falls back to the shipped file.
create table rule_set_version (
  id            bigserial primary key,
  profile       text not null,
  rule_set_id   text not null,
  version       text not null,
  content_hash  text not null,
  yaml          text not null,
  active        boolean not null default false,
  created_at    timestamptz not null default now(),
  created_by    bigint references api_token(id),
  activated_at  timestamptz,
  unique (profile, version)
);
create unique index rule_set_version_active_idx on rule_set_version (profile) where active;

-- A disabled source stays registered (its history is kept) but is not scheduled or crawled.
alter table source add column enabled boolean not null default true;
