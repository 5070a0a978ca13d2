-- score_card(card) (V161) named its rendered rules, score_card_rules(c), four times in one SQL expression; inlined,
-- PostgreSQL rendered the card's outcomes again for each: 160-220 ms per card on the history benchmark's database
-- (1,000 datasets x 260 weeks), where score_card_rules alone takes about 4 ms. An institution's datasets
-- (PgReadModel.LATEST_DATASETS) and a dataset's page read every card through it. The same card, rendered once:
-- 5-6 ms per card there, equal as jsonb (issue 18).
create or replace function score_card(c jsonb) returns jsonb language plpgsql stable as $$
declare
  x jsonb := score_card_rules(c);
begin
  if jsonb_typeof(x->'ruleSet') = 'number' then
    return jsonb_set(x, '{ruleSet}', coalesce((select r.body from card_rule_set r where r.id = (x->>'ruleSet')::bigint),
                                              x->'ruleSet'));
  end if;
  return x;
end
$$;
