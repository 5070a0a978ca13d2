-- Rule outcomes shared across datasets (issue 18). A stored outcome may write the values that name one dataset
-- (its own RDF node urn:observatorio:dataset:<id>, the URLs of its distributions) in its findings' observed value,
-- evidence and message values as placeholders U+0001 n U+0002; the card's entry for it is then
-- [card_rule id, value 0, value 1, ...] instead of the id alone (CardVars). card_rules(card) fills them, so every
-- reader (score_card, the datasets list, publication states) sees the outcome as written.

-- The outcome with each placeholder n replaced by the entry's value n (entry = [id, value 0, value 1, ...]).
create function fill_vars(b jsonb, entry jsonb) returns jsonb language plpgsql immutable as $$
declare
  t text;
  v text;
  i int;
begin
  if b is null or jsonb_typeof(entry) <> 'array' or jsonb_array_length(entry) < 2 then
    return b;
  end if;
  t := b::text;
  for i in 1 .. jsonb_array_length(entry) - 1 loop
    v := (entry->i)::text;
    t := replace(t, '\u0001' || (i - 1) || '\u0002', substr(v, 2, length(v) - 2));
  end loop;
  return t::jsonb;
end $$;

-- As in V155, an entry [id, values...] read with its values filled in.
create or replace function card_rules(c jsonb) returns table (ord bigint, rule jsonb) language sql stable as $$
  select o, case jsonb_typeof(x)
      when 'number' then (select r.body from card_rule r where r.id = x::bigint)
      when 'array' then fill_vars((select r.body from card_rule r where r.id = (x->>0)::bigint), x)
      else x end
  from jsonb_array_elements(case when jsonb_typeof(c->'rules') = 'array' then c->'rules' else '[]'::jsonb end)
    with ordinality as e(x, o)
$$;
