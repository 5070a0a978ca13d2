-- Compact storage (issue 18). Two changes, and the existing history moved without loss:
-- 1. One link row per dataset and run: run_dataset.score_ids holds the run's score of the dataset under
--    each profile (the profile is the score's own), instead of one run_score row per profile.
--    run_score stays readable as a view.
-- 2. A score card's rule outcomes (rule id, dimension, points, findings with their bilingual message
--    and advice) are stored once in card_rule, shared by every card that has the same outcome; a card's
--    "rules" holds their ids in order. score_card(card) gives the card back as it was written.

-- 1. Links.
alter table run_dataset add column score_ids bigint[] not null default '{}';

update run_dataset rd set score_ids = l.ids
from (select run_id, dataset_id, array_agg(score_id order by profile) as ids
      from run_score group by run_id, dataset_id) l
where rd.run_id = l.run_id and rd.dataset_id = l.dataset_id;

-- A run_score row without its run_dataset row was never readable (every read joins run_dataset);
-- refuse to drop it silently.
do $$
begin
  if exists (select 1 from run_score rs where not exists (
      select 1 from run_dataset rd where rd.run_id = rs.run_id and rd.dataset_id = rs.dataset_id)) then
    raise exception 'run_score has links without a run_dataset row; not migrating';
  end if;
end $$;

drop table run_score;

create view run_score as
  select rd.run_id, rd.dataset_id, s.profile, s.id as score_id
  from run_dataset rd cross join lateral unnest(rd.score_ids) as u(id) join score s on s.id = u.id;

-- 2. Rule outcomes stored once.
create table card_rule (
  id    bigserial primary key,
  body  jsonb not null
);
create unique index card_rule_body_md5 on card_rule (md5(body::text));

-- The card with each rule outcome replaced by its card_rule id (an outcome not interned stays as it is).
create function compact_card(c jsonb) returns jsonb language sql stable as $$
  select case when jsonb_typeof(c->'rules') = 'array' then jsonb_set(c, '{rules}', coalesce((
    select jsonb_agg(case when jsonb_typeof(x) = 'object'
        then coalesce((select to_jsonb(r.id) from card_rule r where md5(r.body::text) = md5(x::text)), x)
        else x end order by o)
    from jsonb_array_elements(c->'rules') with ordinality as e(x, o)), '[]'::jsonb)) else c end
$$;

-- A stored card's rule outcomes, in order, whichever way it was stored.
create function card_rules(c jsonb) returns table (ord bigint, rule jsonb) language sql stable as $$
  select o, case when jsonb_typeof(x) = 'number' then (select r.body from card_rule r where r.id = x::bigint) else x end
  from jsonb_array_elements(case when jsonb_typeof(c->'rules') = 'array' then c->'rules' else '[]'::jsonb end)
    with ordinality as e(x, o)
$$;

-- The card as it was written.
create function score_card(c jsonb) returns jsonb language sql stable as $$
  select case when jsonb_typeof(c->'rules') = 'array'
    then jsonb_set(c, '{rules}', coalesce((select jsonb_agg(rule order by ord) from card_rules(c)), '[]'::jsonb))
    else c end
$$;

insert into card_rule (body)
select x from (select distinct r as x from score s
               cross join lateral jsonb_array_elements(
                 case when jsonb_typeof(s.card->'rules') = 'array' then s.card->'rules' else '[]'::jsonb end) r
               where jsonb_typeof(r) = 'object') q
order by md5(x::text)
on conflict ((md5(body::text))) do nothing;

update score set card = compact_card(card) where jsonb_typeof(card->'rules') = 'array';

-- As in V114, reading the links and the rule outcomes the new way.
create or replace function refresh_dataset_listing(p_source text) returns void language sql as $$
  delete from dataset_listing where source_id = p_source;
  insert into dataset_listing (profile, dataset_id, source_id, run_id, institution_code, identifier, title,
      description, modified, percent, rating, findings, distributions, dimensions, formats, format_codes,
      finding_rules, finding_dimensions)
  select s.profile, rd.dataset_id, latest.source_id, latest.id,
    case when latest.shared then rd.institution_code else latest.institution_code end,
    v.metadata->>'identifier', v.metadata->>'title', v.metadata->>'description', v.metadata->>'modified',
    s.percent, s.rating, s.findings, rd.distributions, s.dimensions::text,
    (select coalesce(jsonb_agg(distinct upper(d->>'format')) filter (where coalesce(d->>'format', '') <> ''),
       '[]'::jsonb) from jsonb_array_elements(coalesce(v.metadata->'distributions', '[]'::jsonb)) d)::text,
    array(select distinct upper(d->>'format') from jsonb_array_elements(coalesce(v.metadata->'distributions',
       '[]'::jsonb)) d where coalesce(d->>'format', '') <> ''),
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
