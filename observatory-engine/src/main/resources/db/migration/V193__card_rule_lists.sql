-- A card's list of rule outcomes stored once (issue 18): cards of one profile share a handful of lists of outcome
-- ids, so a card's "rules" may be the id of a card_rule_list row (a jsonb array of card_rule ids, in order); the
-- values naming its dataset (V191) are then in the card's "ruleValues", {"<position from 1>": [value 0, ...]}.
-- card_rules(card) and score_card(card) read every shape (an array of entries, as before, or a list id).

create table card_rule_list (
  id    bigserial primary key,
  body  jsonb not null
);
create unique index card_rule_list_body_md5 on card_rule_list (md5(body::text));

-- A card's entries as V191 reads them: [id | [id, values...] | outcome object, ...].
create function card_rule_entries(c jsonb) returns jsonb language sql stable as $$
  select case jsonb_typeof(c->'rules')
    when 'number' then coalesce((
      select jsonb_agg(case when c->'ruleValues' ? o::text
          then jsonb_build_array(x) || (c->'ruleValues'->(o::text)) else x end order by o)
      from card_rule_list l cross join lateral jsonb_array_elements(l.body) with ordinality as e(x, o)
      where l.id = (c->>'rules')::bigint), '[]'::jsonb)
    when 'array' then c->'rules'
    else '[]'::jsonb end
$$;

create or replace function card_rules(c jsonb) returns table (ord bigint, rule jsonb) language sql stable as $$
  select o, case jsonb_typeof(x)
      when 'number' then (select r.body from card_rule r where r.id = x::bigint)
      when 'array' then fill_vars((select r.body from card_rule r where r.id = (x->>0)::bigint), x)
      else x end
  from jsonb_array_elements(card_rule_entries(c)) with ordinality as e(x, o)
$$;

-- As in V160 (renamed by V161), a card whose rules are a list id read likewise, without its ruleValues.
create or replace function score_card_rules(c jsonb) returns jsonb language sql stable as $$
  select case when jsonb_typeof(c->'rules') in ('array', 'number')
    then jsonb_set(c - 'ruleValues', '{rules}',
      coalesce((select jsonb_agg(render_outcome(rule) order by ord) from card_rules(c)), '[]'::jsonb))
    else c end
$$;

-- Existing cards whose entries are all stored outcomes: their list stored once, their values kept in the card.
create temp table card_list_of as
select s.id, (select jsonb_agg(case jsonb_typeof(x) when 'array' then x->0 else x end order by o)
              from jsonb_array_elements(s.card->'rules') with ordinality as e(x, o)) as ids,
  (select jsonb_object_agg(o::text, x - 0) from jsonb_array_elements(s.card->'rules') with ordinality as e(x, o)
   where jsonb_typeof(x) = 'array') as vals
from score s
where jsonb_typeof(s.card->'rules') = 'array' and jsonb_array_length(s.card->'rules') > 0
  and not exists (select 1 from jsonb_array_elements(s.card->'rules') x where jsonb_typeof(x) = 'object');

insert into card_rule_list (body)
select ids from (select distinct ids from card_list_of) q order by md5(ids::text)
on conflict ((md5(body::text))) do nothing;

update score s set card = jsonb_set(s.card, '{rules}', to_jsonb(l.id))
  || case when c.vals is null then '{}'::jsonb else jsonb_build_object('ruleValues', c.vals) end
from card_list_of c join card_rule_list l on md5(l.body::text) = md5(c.ids::text) and l.body = c.ids
where s.id = c.id;

drop table card_list_of;
