-- Shared catalogs (datos.gob.gt): a source shared by many institutions attributes each dataset to the
-- institution its publisher names (run_dataset.institution_code; null when the publisher is ambiguous or
-- unknown, and then the dataset counts for nobody). The source's own institution_code names its operator.
-- A CKAN source may be limited to one organization.
alter table source
  add column shared        boolean not null default false,
  add column organization  text;

alter table run_dataset
  add column institution_code  text,
  add column publisher         text;
create index run_dataset_attribution_idx on run_dataset (institution_code) where institution_code is not null;

-- An unattributed dataset of a shared catalog is listed under no institution.
alter table dataset_listing alter column institution_code drop not null;

-- As in V87, with the institution of a shared source's dataset taken from its attribution.
create or replace function refresh_dataset_listing(p_source text) returns void language sql as $$
  delete from dataset_listing where source_id = p_source;
  insert into dataset_listing (profile, dataset_id, source_id, run_id, institution_code, identifier, title,
      description, modified, percent, rating, findings, distributions, dimensions, formats, format_codes,
      finding_rules, finding_dimensions)
  select rs.profile, rd.dataset_id, latest.source_id, latest.id,
    case when latest.shared then rd.institution_code else latest.institution_code end,
    v.metadata->>'identifier', v.metadata->>'title', v.metadata->>'description', v.metadata->>'modified',
    s.percent, s.rating, s.findings, rd.distributions, s.dimensions::text,
    (select coalesce(jsonb_agg(distinct upper(d->>'format')) filter (where coalesce(d->>'format', '') <> ''),
       '[]'::jsonb) from jsonb_array_elements(coalesce(v.metadata->'distributions', '[]'::jsonb)) d)::text,
    array(select distinct upper(d->>'format') from jsonb_array_elements(coalesce(v.metadata->'distributions',
       '[]'::jsonb)) d where coalesce(d->>'format', '') <> ''),
    array(select distinct f->>'ruleId' from jsonb_array_elements(coalesce(s.card->'rules', '[]'::jsonb)) r,
       jsonb_array_elements(coalesce(r->'findings', '[]'::jsonb)) f where f->>'ruleId' is not null),
    array(select distinct lower(f->>'dimension') from jsonb_array_elements(coalesce(s.card->'rules', '[]'::jsonb)) r,
       jsonb_array_elements(coalesce(r->'findings', '[]'::jsonb)) f where f->>'dimension' is not null)
  from (select r.id, r.source_id, r.institution_code, src.shared from crawl_run r
        join source src on src.id = r.source_id
        where r.published and r.source_id = p_source
        order by r.week desc, r.finished_at desc nulls last, r.id desc limit 1) latest
  join run_dataset rd on rd.run_id = latest.id
  join dataset_version v on v.id = rd.version_id
  join run_score rs on rs.run_id = rd.run_id and rs.dataset_id = rd.dataset_id
  join score s on s.id = rs.score_id;
$$;
