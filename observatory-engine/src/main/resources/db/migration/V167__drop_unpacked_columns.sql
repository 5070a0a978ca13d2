-- Compact storage, part 2 (issue 18), after V166 packed every row: the unpacked columns go, and the datasets list
-- names the version holding its texts instead of copying them per profile. Changing result_hash to bytea in
-- the same statement rewrites probe_observation without the dropped columns; dataset_version's space comes
-- back with the next VACUUM FULL (or is reused by later versions).
do $$
begin
  if exists (select 1 from dataset_version where record is null)
     or exists (select 1 from probe_observation where packed is null) then
    raise exception 'rows left unpacked by V166; not dropping their columns';
  end if;
end $$;

alter table dataset_version
  drop column metadata,
  drop column raw,
  alter column record set not null;

alter table probe_observation
  drop column result,
  drop column url_md5,
  alter column packed set not null,
  alter column result_hash type bytea using decode(result_hash, 'hex');
create index probe_observation_url_idx on probe_observation ((md5(url)::uuid), id desc);

-- The datasets list (V87) kept a dataset's identifier, title, description and modified date in each profile's
-- row; it now names the dataset version whose columns (V165) hold them, so they are stored once per dataset.
alter table dataset_listing add column version_id bigint;

update dataset_listing l set version_id = rd.version_id
from run_dataset rd where rd.run_id = l.run_id and rd.dataset_id = l.dataset_id;

alter table dataset_listing
  drop column identifier,
  drop column title,
  drop column description,
  drop column modified,
  alter column version_id set not null;

-- As in V155, with the metadata's fields read from the version's columns and the version named, not copied.
create or replace function refresh_dataset_listing(p_source text) returns void language sql as $$
  delete from dataset_listing where source_id = p_source;
  insert into dataset_listing (profile, dataset_id, source_id, run_id, institution_code, version_id,
      percent, rating, findings, distributions, dimensions, formats, format_codes, finding_rules, finding_dimensions)
  select s.profile, rd.dataset_id, latest.source_id, latest.id,
    case when latest.shared then rd.institution_code else latest.institution_code end, rd.version_id,
    s.percent, s.rating, s.findings, rd.distributions, s.dimensions::text,
    (select coalesce(jsonb_agg(distinct upper(f)) filter (where coalesce(f, '') <> ''), '[]'::jsonb)
       from unnest(v.formats) f)::text,
    array(select distinct upper(f) from unnest(v.formats) f where coalesce(f, '') <> ''),
    array(select distinct f->>'ruleId' from card_rules(s.card) r,
       jsonb_array_elements(coalesce(r.rule->'findings', '[]'::jsonb)) f where f->>'ruleId' is not null),
    array(select distinct lower(f->>'dimension') from card_rules(s.card) r,
       jsonb_array_elements(coalesce(r.rule->'findings', '[]'::jsonb)) f where f->>'dimension' is not null)
  from (select r.id, r.source_id, r.institution_code, src.shared from crawl_run r
        join source src on src.id = r.source_id
        where r.published and r.source_id = p_source
        order by r.week desc, r.finished_at desc nulls last, r.id desc limit 1) latest
  join run_dataset rd on rd.run_id = latest.id
  join dataset_version v on v.id = rd.version_id
  join score s on s.id = any(rd.score_ids);
$$;
