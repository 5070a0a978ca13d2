-- Politeness across nodes (issue 18): each host's (host:port) turn, shared by the nodes that crawl on this
-- database. next_at is the database-clock time before which no node may start a request to the host; holder
-- names the request holding the turn (null when none). Transient: unlogged, lost on a database crash (the
-- turns then start afresh, one request at a time per host as before).
create unlogged table host_slot (
  host text primary key,
  holder text,
  next_at timestamptz not null
);
