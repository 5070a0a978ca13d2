-- Dimensions are data: each rule set declares its own dimensions (id, labels, weight, scale), so the weekly
-- aggregate keeps its per-dimension values as jsonb keyed by dimension id instead of one column for each of
-- the observatorio profile's five dimensions. History written before this migration is carried over here,
-- without a recrawl:
--  * observatorio: the five columns become the same five keys, values unchanged (0-100).
--  * mqa and 5-estrellas: their old columns held the observatorio dimensions their rules borrowed. Their
--    own dimensions are recomputed from the stored score cards (rule points are kept in every card), with
--    the assignment of rules to dimensions of rule sets mqa 1.0.0 (the MQA dimensions of
--    reference/mqa_indicators.csv, in points) and 5-estrellas 1.0.0 (one dimension, stars 0-5), frozen below
--    as they were when this migration was written. A value is max × measured points / measurable points,
--    as the scorer computes it.

create temporary table dimension_of_rule (profile text, rule_id text, dimension text, max_value float8)
  on commit drop;
insert into dimension_of_rule values
  ('mqa', 'mqa.keywordAvailability', 'findability', 100),
  ('mqa', 'mqa.categoryAvailability', 'findability', 100),
  ('mqa', 'mqa.spatialAvailability', 'findability', 100),
  ('mqa', 'mqa.temporalAvailability', 'findability', 100),
  ('mqa', 'mqa.accessUrlStatusCode', 'accessibility', 100),
  ('mqa', 'mqa.downloadUrlAvailability', 'accessibility', 100),
  ('mqa', 'mqa.downloadUrlStatusCode', 'accessibility', 100),
  ('mqa', 'mqa.formatAvailability', 'interoperability', 110),
  ('mqa', 'mqa.mediaTypeAvailability', 'interoperability', 110),
  ('mqa', 'mqa.formatMediaTypeVocabularyAlignment', 'interoperability', 110),
  ('mqa', 'mqa.formatMediaTypeNonProprietary', 'interoperability', 110),
  ('mqa', 'mqa.formatMediaTypeMachineInterpretable', 'interoperability', 110),
  ('mqa', 'mqa.dcatApCompliance', 'interoperability', 110),
  ('mqa', 'mqa.licenceAvailability', 'reusability', 75),
  ('mqa', 'mqa.knownLicence', 'reusability', 75),
  ('mqa', 'mqa.accessRightsAvailability', 'reusability', 75),
  ('mqa', 'mqa.accessRightsVocabularyAlignment', 'reusability', 75),
  ('mqa', 'mqa.contactPointAvailability', 'reusability', 75),
  ('mqa', 'mqa.publisherAvailability', 'reusability', 75),
  ('mqa', 'mqa.rightsAvailability', 'contextuality', 20),
  ('mqa', 'mqa.byteSizeAvailability', 'contextuality', 20),
  ('mqa', 'mqa.dateIssuedAvailability', 'contextuality', 20),
  ('mqa', 'mqa.dateModifiedAvailability', 'contextuality', 20),
  ('5-estrellas', 'stars.openness', 'stars', 5);

-- Per score of those profiles: its dimensions recomputed from the card's rule outcomes.
create temporary table recomputed_score on commit drop as
select s.id, coalesce((
    select jsonb_object_agg(x.dimension, x.value) from (
      select m.dimension, max(m.max_value) * sum((r->>'points')::float8) / sum((r->>'maxPoints')::float8) as value
      from jsonb_array_elements(coalesce(s.card->'rules', '[]'::jsonb)) r
      join dimension_of_rule m on m.profile = s.profile and m.rule_id = r->>'ruleId'
      where (r->>'measured')::boolean
      group by m.dimension
      having sum((r->>'maxPoints')::float8) > 0) x), '{}'::jsonb) as dimensions
from score s
where s.profile in (select distinct profile from dimension_of_rule);

-- The card's rules and findings name the dimension they now count towards; its dimensions follow.
update score s set dimensions = c.dimensions,
  card = jsonb_set(jsonb_set(s.card, '{dimensions}', c.dimensions), '{rules}', coalesce((
    select jsonb_agg(r || jsonb_build_object('dimension', coalesce(m.dimension, r->>'dimension'), 'findings',
        (select coalesce(jsonb_agg(f || jsonb_build_object('dimension', coalesce(m.dimension, f->>'dimension'))
           order by fo), '[]'::jsonb)
         from jsonb_array_elements(coalesce(r->'findings', '[]'::jsonb)) with ordinality as g(f, fo)))
      order by ro)
    from jsonb_array_elements(coalesce(s.card->'rules', '[]'::jsonb)) with ordinality as q(r, ro)
    left join dimension_of_rule m on m.profile = s.profile and m.rule_id = r->>'ruleId'), '[]'::jsonb))
from recomputed_score c where c.id = s.id;

alter table institution_week add column dimensions jsonb not null default '{}'::jsonb;

update institution_week set dimensions = jsonb_strip_nulls(jsonb_build_object('format', format,
  'freshness', freshness, 'licensing', licensing, 'metadata', metadata, 'accessibility', accessibility))
where profile not in (select distinct profile from dimension_of_rule);

-- The same runs the aggregate was computed from (run_ids), averaged per dimension as WeeklyAggregates does.
update institution_week w set dimensions = coalesce((
    select jsonb_object_agg(d.key, d.value) from (
      select e.key, avg(e.value::float8) as value
      from run_score rs
      join score s on s.id = rs.score_id
      cross join lateral jsonb_each_text(s.dimensions) e
      where rs.run_id = any(w.run_ids) and rs.profile = w.profile
      group by e.key) d), '{}'::jsonb)
where w.profile in (select distinct profile from dimension_of_rule);

alter table institution_week drop column format, drop column freshness, drop column licensing,
  drop column metadata, drop column accessibility;

select refresh_dataset_listing(id) from source;
