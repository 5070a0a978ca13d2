-- A dataset's latest published score (permalinks, drill-down) is found through the runs that saw it.
create index run_dataset_dataset_idx on run_dataset (dataset_id, run_id);
