-- Compact storage, part 2 (issue 18): dataset versions and probe results compressed by the application.
-- PostgreSQL compresses a value only when its row passes about 2 KB; a dataset version (mapped metadata and
-- raw record, 1-3 KB) and a probe result (about 0.7 KB) stayed uncompressed. Now:
-- * dataset_version.record: the metadata JSON and the raw record, packed (gt.observatorio.engine.store.PackedText:
--   a format byte, then deflate with a preset dictionary). The few fields that SQL reads (the datasets list, the
--   site search, publication states) are columns of their own, taken from the metadata.
-- * probe_observation.packed: the result JSON packed with its URL as context (the URL is stored once, in url);
--   result_hash as 32 bytes instead of 64 hex characters; the lookup index on md5(url) as a uuid (16 bytes)
--   instead of a stored md5 text column.
-- V166 (Java) packs the existing rows; V167 drops the old columns.

alter table dataset_version
  add column record       bytea,
  add column identifier   text,
  add column title        text,
  add column description  text,
  add column modified     text,
  add column publisher    text,
  add column formats      text[];

update dataset_version set
  identifier = metadata->>'identifier', title = metadata->>'title', description = metadata->>'description',
  modified = metadata->>'modified', publisher = metadata->>'publisher',
  formats = array(select d->>'format' from jsonb_array_elements(coalesce(metadata->'distributions', '[]'::jsonb))
                    with ordinality as e(d, o) order by o);

alter table dataset_version alter column metadata drop not null;

alter table probe_observation add column packed bytea;
alter table probe_observation alter column result drop not null;
