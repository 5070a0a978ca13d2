-- Issue 18: the node (Quartz instance id) running a crawl run, so that a run whose node died and that no
-- scheduled job can resume is found, marked failed and crawled again (never left running, never published
-- half). Null for runs started before a node had a scheduler (and for runs before this migration).
alter table crawl_run add column node text;
