-- The observatory's schema. Weeks are ISO weeks stored as text 'YYYY-Www' (they sort as text).
-- Results of a crawl run are reachable only through published runs (crawl_run.published).

create table institution (
  code        text primary key,
  name        text not null,
  type        text,
  sector      text,
  updated_at  timestamptz not null default now()
);

create table source (
  id                text primary key,
  institution_code  text not null references institution(code),
  url               text not null,
  kind              text not null,
  cron              text not null,
  updated_at        timestamptz not null default now()
);
create index source_institution_idx on source (institution_code);

create table crawl_run (
  id                bigserial primary key,
  source_id         text not null references source(id),
  institution_code  text not null references institution(code),
  state             text not null check (state in ('queued', 'running', 'succeeded', 'failed', 'partial')),
  week              text not null check (week ~ '^[0-9]{4}-W[0-9]{2}$'),
  -- Identifies one requested crawl (e.g. a scheduled fire); asking again for the same key is a no-op.
  request_key       text unique,
  queued_at         timestamptz not null default now(),
  started_at        timestamptz,
  finished_at       timestamptz,
  datasets          integer not null default 0,
  distributions     integer not null default 0,
  probes            integer not null default 0,
  errors            integer not null default 0,
  message           text,
  issues            jsonb not null default '[]'::jsonb,
  published         boolean not null default false
);
create index crawl_run_publish_idx on crawl_run (institution_code, week, source_id) where published;
create index crawl_run_source_idx on crawl_run (source_id, id desc);

create table dataset (
  id          bigserial primary key,
  source_id   text not null references source(id),
  identifier  text not null,
  unique (source_id, identifier)
);

-- One row per distinct content of a dataset: an unchanged dataset costs nothing new.
create table dataset_version (
  id              bigserial primary key,
  dataset_id      bigint not null references dataset(id),
  content_hash    text not null,
  metadata        jsonb not null,
  raw             text,
  first_run_id    bigint not null,
  created_at      timestamptz not null default now(),
  unique (dataset_id, content_hash)
);

-- Probe results stored as changes: a new row only when the result differs from the last one;
-- otherwise last_checked moves.
create table probe_observation (
  id             bigserial primary key,
  url            text not null,
  url_md5        text generated always as (md5(url)) stored,
  result_hash    text not null,
  result         jsonb not null,
  first_checked  timestamptz not null,
  last_checked   timestamptz not null,
  first_run_id   bigint
);
create index probe_observation_url_idx on probe_observation (url_md5, id desc);

-- One row per distinct score card of a dataset (rule set id, version and hash included in the hash).
create table score (
  id                bigserial primary key,
  dataset_id        bigint not null references dataset(id),
  content_hash      text not null,
  profile           text not null,
  rule_set_id       text not null,
  rule_set_version  text not null,
  rule_set_hash     text not null,
  score             double precision not null,
  max_score         double precision not null,
  percent           double precision not null,
  rating            text,
  findings          integer not null,
  dimensions        jsonb not null,
  card              jsonb not null,
  created_at        timestamptz not null default now(),
  unique (dataset_id, content_hash)
);

-- What a run saw: the dataset's version and, per profile, its score.
create table run_dataset (
  run_id         bigint not null references crawl_run(id) on delete cascade,
  dataset_id     bigint not null references dataset(id),
  version_id     bigint not null references dataset_version(id),
  distributions  integer not null,
  primary key (run_id, dataset_id)
);

create table run_score (
  run_id      bigint not null references crawl_run(id) on delete cascade,
  dataset_id  bigint not null references dataset(id),
  profile     text not null,
  score_id    bigint not null references score(id),
  primary key (run_id, profile, dataset_id)
);

-- Per institution, week and profile: scores 0-100 from the latest published run of each source.
create table institution_week (
  profile           text not null,
  week              text not null,
  institution_code  text not null references institution(code),
  overall           double precision not null,
  format            double precision,
  freshness         double precision,
  licensing         double precision,
  metadata          double precision,
  accessibility     double precision,
  datasets          integer not null,
  distributions     integer not null,
  findings          integer not null,
  rank              integer not null,
  run_ids           bigint[] not null,
  computed_at       timestamptz not null default now(),
  primary key (profile, week, institution_code)
);
create index institution_week_history_idx on institution_week (institution_code, profile, week);
