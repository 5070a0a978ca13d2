-- A score card's rule set (id, profile, version, content hash) stored once in card_rule_set (issue 18); the
-- card holds its id. compact_card and score_card keep their names and meaning (V160's become
-- compact_card_rules and score_card_rules); a card holding the object, as written before, reads as it is.

create table card_rule_set (
  id    bigserial primary key,
  body  jsonb not null
);
create unique index card_rule_set_body_md5 on card_rule_set (md5(body::text));

alter function compact_card(jsonb) rename to compact_card_rules;
alter function score_card(jsonb) rename to score_card_rules;

create function compact_card(c jsonb) returns jsonb language sql stable as $$
  select case when jsonb_typeof(x->'ruleSet') = 'object'
    then jsonb_set(x, '{ruleSet}', coalesce((select to_jsonb(r.id) from card_rule_set r
                                            where md5(r.body::text) = md5((x->'ruleSet')::text)), x->'ruleSet'))
    else x end
  from (select compact_card_rules(c) as x) q
$$;

create function score_card(c jsonb) returns jsonb language sql stable as $$
  select case when jsonb_typeof(x->'ruleSet') = 'number'
    then jsonb_set(x, '{ruleSet}', coalesce((select r.body from card_rule_set r where r.id = (x->>'ruleSet')::bigint),
                                            x->'ruleSet'))
    else x end
  from (select score_card_rules(c) as x) q
$$;

insert into card_rule_set (body)
select x from (select distinct card->'ruleSet' as x from score where jsonb_typeof(card->'ruleSet') = 'object') q
order by md5(x::text)
on conflict ((md5(body::text))) do nothing;

update score s set card = jsonb_set(s.card, '{ruleSet}', to_jsonb(r.id))
from card_rule_set r
where jsonb_typeof(s.card->'ruleSet') = 'object' and md5(r.body::text) = md5((s.card->'ruleSet')::text);
