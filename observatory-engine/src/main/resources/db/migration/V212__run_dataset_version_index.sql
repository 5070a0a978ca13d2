-- Retention deletes the dataset versions no run links to any more; for every deleted version PostgreSQL checks the
-- foreign key run_dataset.version_id, which had no index: one scan of the whole run_dataset table per deleted
-- version (on the history benchmark's 10,000 datasets x 260 weeks, about a million rows: still deleting after four
-- minutes). With this index each check is one probe (issue 18, default retention at country scale).
create index run_dataset_version_idx on run_dataset (version_id);
