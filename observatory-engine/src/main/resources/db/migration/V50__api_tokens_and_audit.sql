-- Bearer tokens of the admin API: only the SHA-256 of each random token is stored.
create table api_token (
  id            bigserial primary key,
  token_hash    text not null unique check (token_hash ~ '^[0-9a-f]{64}$'),
  role          text not null check (role in ('admin', 'editor')),
  label         text,
  created_at    timestamptz not null default now(),
  last_used_at  timestamptz,
  revoked_at    timestamptz
);

-- Every change made through the admin API (and every token created), newest last.
create table audit_log (
  id        bigserial primary key,
  at        timestamptz not null default now(),
  token_id  bigint references api_token(id),
  role      text,
  action    text not null,
  target    text,
  detail    jsonb not null default '{}'::jsonb
);
create index audit_log_at_idx on audit_log (at desc);
