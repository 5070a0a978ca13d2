-- A card's values naming its dataset stored once each (issue 18). Since V193 a card whose rules are a list id keeps
-- its dataset's values by position in "ruleValues", {"<position from 1>": [value 0, ...]}; the findings of one
-- distribution under several rules repeat its URL there. A position may now give the position (a number) whose
-- values are the same, {"1": ["https://..."], "5": 1}: card_values_at reads both, for card_rule_entries (every
-- reader of card_rules) and card_outcome_at (publication events, V201). Existing cards converted.

-- The values of a card's entry at position o (from 1): its array in "ruleValues", or the array of the position its
-- number gives; null where it has none.
create function card_values_at(c jsonb, o bigint) returns jsonb language sql immutable as $$
  select case jsonb_typeof(c->'ruleValues'->(o::text))
    when 'number' then c->'ruleValues'->(c->'ruleValues'->>(o::text))
    else c->'ruleValues'->(o::text) end
$$;

-- As in V193, the values read through card_values_at.
create or replace function card_rule_entries(c jsonb) returns jsonb language sql stable as $$
  select case jsonb_typeof(c->'rules')
    when 'number' then coalesce((
      select jsonb_agg(case when c->'ruleValues' ? o::text
          then jsonb_build_array(x) || card_values_at(c, o) else x end order by o)
      from card_rule_list l cross join lateral jsonb_array_elements(l.body) with ordinality as e(x, o)
      where l.id = (c->>'rules')::bigint), '[]'::jsonb)
    when 'array' then c->'rules'
    else '[]'::jsonb end
$$;

-- As in V201, the values read through card_values_at.
create or replace function card_outcome_at(c jsonb, o bigint, x jsonb) returns jsonb language sql stable as $$
  select case
    when jsonb_typeof(x) = 'array' then fill_vars(card_entry_body(x), x)
    when jsonb_typeof(c->'rules') = 'number' and c->'ruleValues' ? o::text
      then fill_vars(card_entry_body(x), jsonb_build_array(x) || card_values_at(c, o))
    else card_entry_body(x) end
$$;

-- Existing cards with the same values at several positions: each later position names the first.
create temp table card_values_once as
select s.id, jsonb_object_agg(v.key, case when v.key = v.first then v.value else to_jsonb(v.first::int) end) as vals
from score s
cross join lateral (select e.key, e.value,
                      first_value(e.key) over (partition by e.value order by length(e.key), e.key) as first
                    from jsonb_each(s.card->'ruleValues') e) v
where jsonb_typeof(s.card->'rules') = 'number' and jsonb_typeof(s.card->'ruleValues') = 'object'
  and not exists (select 1 from jsonb_each(s.card->'ruleValues') x
                  where jsonb_typeof(x.value) <> 'array' or x.key !~ '^[1-9][0-9]{0,8}$')
group by s.id
having count(*) > count(distinct v.value);

alter table card_values_once add column entries jsonb;
update card_values_once c set entries = card_rule_entries(s.card) from score s where s.id = c.id;

update score s set card = jsonb_set(s.card, '{ruleValues}', c.vals)
from card_values_once c
where s.id = c.id;

-- Every converted card reads back the entries it had; the migration refuses otherwise.
do $$
begin
  if exists (select 1 from card_values_once c join score s on s.id = c.id
             where card_rule_entries(s.card) is distinct from c.entries) then
    raise exception 'converted score cards do not read back as they were; not migrating';
  end if;
end $$;

drop table card_values_once;
