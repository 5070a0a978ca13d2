-- Article 10 (Decreto 57-2008) checks: per institution and month, the last check of the month wins.
create table laip_check (
  institution_code  text not null,
  month             date not null check (extract(day from month) = 1),
  portal_url        text not null,
  layout            text not null,
  checked_at        timestamptz not null,
  compliance        double precision not null,
  published         double precision not null,
  issues            jsonb not null default '[]'::jsonb,
  primary key (institution_code, month)
);
create index laip_check_month_idx on laip_check (month, compliance desc);

create table laip_numeral (
  institution_code  text not null,
  month             date not null,
  numeral           smallint not null check (numeral between 1 and 29),
  label             text not null,
  update_kind       text not null check (update_kind in ('monthly', 'yearly', 'on-change')),
  status            text not null check (status in ('current', 'stale', 'broken', 'not-found')),
  latest_date       text,
  evidence          jsonb not null default '[]'::jsonb,
  broken_links      jsonb not null default '[]'::jsonb,
  primary key (institution_code, month, numeral),
  foreign key (institution_code, month) references laip_check (institution_code, month) on delete cascade
);

-- Action plan tracker: statuses recorded by an editor (history kept) and automatic checks per month.
create table plan_status (
  id            bigserial primary key,
  activity_id   text not null,
  status        text not null check (status in ('not-started', 'in-progress', 'completed', 'delayed')),
  evidence_url  text,
  note          text,
  editor        text not null,
  recorded_at   timestamptz not null
);
create index plan_status_activity_idx on plan_status (activity_id, recorded_at desc, id desc);

create table plan_check (
  activity_id   text not null,
  check_id      text not null,
  month         date not null check (extract(day from month) = 1),
  passed        boolean not null,
  observed      text,
  evidence_url  text,
  checked_at    timestamptz not null,
  primary key (activity_id, check_id, month)
);
