-- The read API's cache asks for the publication version at most every 500 ms (PublicQueries.publicationVersion),
-- and requests arriving meanwhile wait for it. Its max(computed_at) over institution_week read the whole table:
-- with 1,000 institutions x 260 weeks x 3 profiles (780,000 rows) about a tenth of every second was spent waiting
-- for it under load. With this index it is one index probe (issue 18, country-scale rankings and histories).
create index institution_week_computed_at_idx on institution_week (computed_at);
