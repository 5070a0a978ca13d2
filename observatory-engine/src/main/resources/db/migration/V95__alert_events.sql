-- Events detected when a run is published or compliance checks run (issue 17). The id is derived from the
-- run, kind, institution and subject, so storing the same detection twice is a no-op.
create table alert_event (
  id                text primary key,
  at                timestamptz not null,
  institution_code  text not null references institution(code),
  kind              text not null,
  subject           text not null,
  evidence          jsonb not null,
  link              text not null
);
create index alert_event_institution_idx on alert_event (institution_code, at desc);
create index alert_event_at_idx on alert_event (at desc);
