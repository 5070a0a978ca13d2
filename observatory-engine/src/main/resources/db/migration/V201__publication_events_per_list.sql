-- The events of a publication (PublicationStates) ask two things of each of the run's cards: whether a finding of
-- rule freshness.up-to-date says the dataset is overdue, and which URLs rule accessibility.reachable found broken.
-- card_rules(card) read every outcome of every card (about 1 ms per card of 15 outcomes) and filled the dataset's
-- values into each (V191). Cards share a handful of lists of outcomes (V193): which positions of a list hold a
-- finding of the rules asked is now found once per list, and only those outcomes of each card are read and filled.

-- An entry's stored outcome: by id (V155), [id, values...] (V191, values not filled in) or written whole.
create function card_entry_body(x jsonb) returns jsonb language sql stable as $$
  select case jsonb_typeof(x)
    when 'number' then (select r.body from card_rule r where r.id = x::text::bigint)
    when 'array' then (select r.body from card_rule r where r.id = (x->>0)::bigint)
    else x end
$$;

-- The positions (from 1) and entries of a card's "rules" (a list id, V193, or its entries) whose outcome holds a
-- finding of one of the given rules.
create function card_entries_with(rules jsonb, rule_ids text[]) returns table (o bigint, x jsonb)
language sql stable as $$
  select e.o, e.x
  from jsonb_array_elements(case jsonb_typeof(rules)
         when 'number' then coalesce((select l.body from card_rule_list l where l.id = rules::text::bigint), '[]')
         when 'array' then rules else '[]'::jsonb end) with ordinality as e(x, o)
  where exists (select 1 from jsonb_array_elements(coalesce(card_entry_body(e.x)->'findings', '[]'::jsonb)) g
                where g->>'ruleId' = any(rule_ids))
$$;

-- The outcome of card c at position o, whose entry is x, with the dataset's values filled in (as card_rules).
create function card_outcome_at(c jsonb, o bigint, x jsonb) returns jsonb language sql stable as $$
  select case
    when jsonb_typeof(x) = 'array' then fill_vars(card_entry_body(x), x)
    when jsonb_typeof(c->'rules') = 'number' and c->'ruleValues' ? o::text
      then fill_vars(card_entry_body(x), jsonb_build_array(x) || (c->'ruleValues'->(o::text)))
    else card_entry_body(x) end
$$;
