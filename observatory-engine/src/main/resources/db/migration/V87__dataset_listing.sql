-- The global datasets list (GET /api/v1/datasets): one row per dataset and profile of each source's latest
-- published run, with what the list filters and sorts on, so that a query reads one narrow table instead of
-- every dataset's metadata and every score card's JSON. Written when a run is published or rescored.
create table dataset_listing (
  profile             text not null,
  dataset_id          bigint not null,
  source_id           text not null,
  run_id              bigint not null,
  institution_code    text not null,
  identifier          text,
  title               text,
  description         text,
  modified            text,
  percent             double precision not null,
  rating              text,
  findings            integer not null,
  distributions       integer not null,
  dimensions          text not null,
  formats             text not null,
  format_codes        text[] not null,
  finding_rules       text[] not null,
  finding_dimensions  text[] not null,
  primary key (profile, dataset_id)
);
create index dataset_listing_source on dataset_listing (source_id);
create index dataset_listing_score on dataset_listing (profile, percent desc, dataset_id);
create index dataset_listing_rules on dataset_listing using gin (finding_rules);
create index dataset_listing_dimensions on dataset_listing using gin (finding_dimensions);

-- Rewrites a source's rows from its latest published run (none when it has none).
create function refresh_dataset_listing(p_source text) returns void language sql as $$
  delete from dataset_listing where source_id = p_source;
  insert into dataset_listing (profile, dataset_id, source_id, run_id, institution_code, identifier, title,
      description, modified, percent, rating, findings, distributions, dimensions, formats, format_codes,
      finding_rules, finding_dimensions)
  select rs.profile, rd.dataset_id, latest.source_id, latest.id, latest.institution_code,
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
  from (select r.id, r.source_id, r.institution_code from crawl_run r
        where r.published and r.source_id = p_source
        order by r.week desc, r.finished_at desc nulls last, r.id desc limit 1) latest
  join run_dataset rd on rd.run_id = latest.id
  join dataset_version v on v.id = rd.version_id
  join run_score rs on rs.run_id = rd.run_id and rs.dataset_id = rd.dataset_id
  join score s on s.id = rs.score_id;
$$;

select refresh_dataset_listing(id) from source;
