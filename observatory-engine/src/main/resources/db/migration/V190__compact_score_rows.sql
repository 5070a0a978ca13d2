-- Compact score rows (issue 18). A score row kept five columns nothing reads, each a copy of its card:
-- rule_set_id, rule_set_version and rule_set_hash (the card's "ruleSet", stored once in card_rule_set since V161),
-- score and max_score (the card's "score" and "maxScore"; a non-finite value was stored as 0). They are dropped
-- after checking, row by row, that the card holds the same values; the migration refuses otherwise.
-- content_hash (the card's SHA-256 in 64 hex digits, the key that finds a dataset's card again) becomes its 32
-- bytes; a value that is not 64 lower-case hex digits (never written by the observatory) is kept as its UTF-8 bytes.
-- A card's "dimensions" and "rating" are its row's columns of the same name (SQL reads those): a card is stored
-- without them where they equal the row's (card_apart), and score_card(card, dimensions, rating) gives the card
-- as written. A card that keeps "dimensions" (one whose values differ from its row's) reads as it is.

do $$
declare
  bad bigint;
begin
  select count(*) into bad
  from score s
  left join card_rule_set r on jsonb_typeof(s.card->'ruleSet') = 'number' and r.id = (s.card->>'ruleSet')::bigint
  cross join lateral (select case when jsonb_typeof(s.card->'ruleSet') = 'object' then s.card->'ruleSet'
                                  else r.body end as rs) q
  where q.rs is null
     or q.rs->>'id' is distinct from s.rule_set_id
     or q.rs->>'version' is distinct from s.rule_set_version
     or q.rs->>'contentHash' is distinct from s.rule_set_hash
     or s.score is distinct from case when jsonb_typeof(s.card->'score') = 'number'
                                      then (s.card->>'score')::float8 else 0 end
     or s.max_score is distinct from case when jsonb_typeof(s.card->'maxScore') = 'number'
                                          then (s.card->>'maxScore')::float8 else 0 end;
  if bad > 0 then
    raise exception '% score rows differ from their cards (rule set, score or max_score); not migrating', bad;
  end if;
end $$;

create function card_apart(c jsonb, dims jsonb, rating text) returns jsonb language sql immutable as $$
  select case when c->'dimensions' = dims
      and coalesce(c->'rating', 'null'::jsonb) = coalesce(to_jsonb(rating), 'null'::jsonb)
    then c - 'dimensions' - 'rating' else c end
$$;

create function score_card(c jsonb, dims jsonb, rating text) returns jsonb language sql stable as $$
  select score_card(case when c ? 'dimensions' then c
                         else c || jsonb_build_object('dimensions', dims, 'rating', rating) end)
$$;

update score set card = card_apart(card, dimensions, rating);

-- One statement: the table is rewritten once, without the dropped columns' bytes.
alter table score
  drop column rule_set_id,
  drop column rule_set_version,
  drop column rule_set_hash,
  drop column score,
  drop column max_score,
  alter column content_hash type bytea using case when content_hash ~ '^[0-9a-f]{64}$'
    then decode(content_hash, 'hex') else convert_to(content_hash, 'UTF8') end;
