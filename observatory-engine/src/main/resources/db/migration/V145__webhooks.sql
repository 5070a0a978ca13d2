-- Webhooks for integrators (issue 17): an admin registers a URL and the event kinds it wants; each delivery of an
-- event is signed with the webhook's secret (HMAC-SHA256, so the secret is kept, not hashed) and every attempt
-- is logged. A delivered event is never sent to the same webhook again.
create table webhook (
  id          bigserial primary key,
  url         text not null,
  kinds       text[] not null,
  secret      text not null,
  created_at  timestamptz not null,
  created_by  bigint
);

create table webhook_attempt (
  id          bigserial primary key,
  webhook_id  bigint not null references webhook(id) on delete cascade,
  event_id    text not null,  -- alert_event.id (no foreign key: the log outlives pruned or reloaded events)
  attempt     integer not null,
  at          timestamptz not null,
  status      integer,
  outcome     text not null check (outcome in ('delivered', 'failed', 'refused')),
  detail      text
);
create index webhook_attempt_webhook_idx on webhook_attempt (webhook_id, at desc);
create unique index webhook_attempt_delivered_once on webhook_attempt (webhook_id, event_id)
  where outcome = 'delivered';
