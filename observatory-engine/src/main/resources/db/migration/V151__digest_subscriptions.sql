-- E-mail digests (issue 17). A subscriber follows one institution, or every institution (institution_code null).
-- Contacts from the registry are subscribed confirmed (origin 'registry'); anyone else confirms by a link first
-- (origin 'public', double opt-in). The token is the secret of the confirmation and unsubscribe links; it names
-- the subscriber without showing the address. Addresses are never served by the API.
create table digest_subscriber (
  id                bigserial primary key,
  email             text not null check (email ~ '^[^@\s]+@[^@\s]+$'),
  institution_code  text references institution(code),
  origin            text not null check (origin in ('registry', 'public')),
  token             text not null unique,
  created_at        timestamptz not null,
  confirmed_at      timestamptz,
  unsubscribed_at   timestamptz
);
create unique index digest_subscriber_unique_idx on digest_subscriber (lower(email), coalesce(institution_code, ''));

-- One row per subscriber and event: an event is planned once for a subscriber, in a weekly digest or an immediate
-- alert, and sent at most once (retried with backoff while pending).
create table digest_delivery (
  subscriber_id    bigint not null references digest_subscriber(id) on delete cascade,
  event_id         text not null references alert_event(id) on delete cascade,
  kind             text not null check (kind in ('digest', 'alert')),
  state            text not null default 'pending' check (state in ('pending', 'sent', 'failed')),
  planned_at       timestamptz not null,
  attempts         integer not null default 0,
  next_attempt_at  timestamptz not null,
  sent_at          timestamptz,
  last_error       text,
  primary key (subscriber_id, event_id)
);
create index digest_delivery_due_idx on digest_delivery (next_attempt_at) where state = 'pending';
