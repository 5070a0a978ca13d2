-- Rankings at country scale (issue 18): the ranking of a week finds each institution's previous week with a
-- backward probe of the history index (one per institution: 1,000 at country scale). With the score in the
-- index, the probe is an index-only scan instead of one heap page per institution. Same key, same name.
drop index institution_week_history_idx;
create index institution_week_history_idx on institution_week (institution_code, profile, week) include (overall);
