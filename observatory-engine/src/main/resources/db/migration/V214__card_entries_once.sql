-- One place each for two readings of a card's "rules" that V200 and V201 wrote out twice (issue 18):
-- card_list_entries(rules) gives the entries of a list id (V193) or the entries themselves; card_entry_body (V201)
-- gives an entry's stored outcome. card_finding_keys (V200, the datasets list) and card_entries_with (V201, the
-- publication events) now read through them; same results.

create function card_list_entries(rules jsonb) returns jsonb language sql stable as $$
  select case jsonb_typeof(rules)
    when 'number' then coalesce((select l.body from card_rule_list l where l.id = rules::text::bigint), '[]'::jsonb)
    when 'array' then rules
    else '[]'::jsonb end
$$;

create or replace function card_finding_keys(rules jsonb) returns table (rule text, dimension text)
language sql stable as $$
  select f->>'ruleId', lower(f->>'dimension')
  from jsonb_array_elements(card_list_entries(rules)) x
  cross join lateral jsonb_array_elements(coalesce(card_entry_body(x)->'findings', '[]'::jsonb)) f
$$;

create or replace function card_entries_with(rules jsonb, rule_ids text[]) returns table (o bigint, x jsonb)
language sql stable as $$
  select e.o, e.x
  from jsonb_array_elements(card_list_entries(rules)) with ordinality as e(x, o)
  where exists (select 1 from jsonb_array_elements(coalesce(card_entry_body(e.x)->'findings', '[]'::jsonb)) g
                where g->>'ruleId' = any(rule_ids))
$$;
