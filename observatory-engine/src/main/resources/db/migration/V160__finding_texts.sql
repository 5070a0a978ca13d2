-- Finding texts stored once (issue 18). A finding's message and advice (Spanish and English) are stored
-- once per wording in rule_text with what the rule expects, interned by hash (a wording a later rule set version changes gets a row of
-- its own, so history keeps the texts that were in force); a stored finding keeps its rule id, dimension,
-- severity, observed value and evidence, the id of its texts ("text") and, for a keyed message of a rule
-- (MessageRef: key, template, observed values), the key and the values ("key", "params").
-- A finding whose message is not its template filled with its values keeps its literal texts.
-- card_rules(card) gives the outcomes as stored (findings compact); score_card(card) gives the card as
-- written (texts rendered). Existing outcomes are converted without loss: their texts become literal rows.

create table rule_text (
  id    bigserial primary key,
  -- {"ruleId", "message", "advice", "expected"}: a literal message; with "key", "message" is the key's template
  body  jsonb not null
);
create unique index rule_text_body_md5 on rule_text (md5(body::text));

-- The template with each {name} that params has replaced by its value, in one pass (MessageRef.fill does the same).
create function render_template(t text, p jsonb) returns text language plpgsql immutable as $$
declare
  done text := '';
  i int;
  j int;
  k text;
begin
  if t is null or p is null or jsonb_typeof(p) <> 'object' or p = '{}'::jsonb then
    return t;
  end if;
  loop
    i := strpos(t, '{');
    exit when i = 0;
    j := strpos(substr(t, i + 1), '}');
    exit when j = 0;
    k := substr(t, i + 1, j - 1);
    if p ? k then
      done := done || substr(t, 1, i - 1) || (p->>k);
      t := substr(t, i + j + 1);
    else
      done := done || substr(t, 1, i);
      t := substr(t, i + 1);
    end if;
  end loop;
  return done || t;
end $$;

-- A bilingual text ({"es", "en"}) rendered with params.
create function render_text(t jsonb, p jsonb) returns jsonb language sql immutable as $$
  select case when jsonb_typeof(t) = 'object'
    then t || jsonb_build_object('es', render_template(t->>'es', p), 'en', render_template(t->>'en', p)) else t end
$$;

-- The rule_text body holding a written finding's texts; null where it cannot be stored by reference.
create function finding_text(f jsonb) returns jsonb language sql immutable as $$
  select case
    when jsonb_typeof(f) <> 'object' or f ? 'text' or not (f ? 'message' and f ? 'advice' and f ? 'expected')
      then null
    when f ? 'ref' then case
      when jsonb_typeof(f->'ref') = 'object' and jsonb_typeof(f->'ref'->'key') = 'string'
        and render_text(f->'ref'->'template', coalesce(f->'ref'->'params', '{}'::jsonb)) = f->'message'
      then jsonb_build_object('ruleId', f->'ruleId', 'key', f->'ref'->'key', 'message', f->'ref'->'template',
        'advice', f->'advice', 'expected', f->'expected') end
    else jsonb_build_object('ruleId', f->'ruleId', 'message', f->'message', 'advice', f->'advice',
      'expected', f->'expected')
  end
$$;

-- A written finding as stored: its texts by id (interned beforehand), its key and values; as it is otherwise.
create function compact_finding(f jsonb) returns jsonb language sql stable as $$
  select case when t.id is null then f
    else (f - 'message' - 'advice' - 'expected' - 'ref') || jsonb_build_object('text', t.id)
      || case when t.body ? 'key' then jsonb_build_object('key', t.body->'key') else '{}'::jsonb end
      || case when coalesce(f->'ref'->'params', '{}'::jsonb) <> '{}'::jsonb
           then jsonb_build_object('params', f->'ref'->'params') else '{}'::jsonb end
    end
  from (select finding_text(f) as b) q left join rule_text t on md5(t.body::text) = md5(q.b::text)
$$;

-- A stored finding as written: texts rendered, the message reference given back for a keyed message.
create function render_finding(f jsonb) returns jsonb language sql stable as $$
  select case when t.id is null then f
    when t.body ? 'key' then (f - 'text' - 'key' - 'params') || jsonb_build_object(
      'message', render_text(t.body->'message', coalesce(f->'params', '{}'::jsonb)), 'advice', t.body->'advice',
      'expected', t.body->'expected', 'ref', jsonb_build_object('key', t.body->'key', 'template', t.body->'message',
        'params', coalesce(f->'params', '{}'::jsonb)))
    else (f - 'text' - 'key' - 'params') || jsonb_build_object('message', t.body->'message', 'advice', t.body->'advice',
      'expected', t.body->'expected') end
  from (select 1) q left join rule_text t on jsonb_typeof(f) = 'object' and t.id = (f->>'text')::bigint
$$;

-- A rule outcome with each finding compacted (compact_finding) or rendered (render_finding).
create function compact_outcome(x jsonb) returns jsonb language sql stable as $$
  select case when jsonb_typeof(x) = 'object' and jsonb_typeof(x->'findings') = 'array'
      and jsonb_array_length(x->'findings') > 0
    then jsonb_set(x, '{findings}', (select jsonb_agg(compact_finding(f) order by o)
                                     from jsonb_array_elements(x->'findings') with ordinality as e(f, o)))
    else x end
$$;

create function render_outcome(x jsonb) returns jsonb language sql stable as $$
  select case when jsonb_typeof(x) = 'object' and jsonb_typeof(x->'findings') = 'array'
      and jsonb_array_length(x->'findings') > 0
    then jsonb_set(x, '{findings}', (select jsonb_agg(render_finding(f) order by o)
                                     from jsonb_array_elements(x->'findings') with ordinality as e(f, o)))
    else x end
$$;

-- As in V155, each outcome's findings compacted before it is looked up in card_rule.
create or replace function compact_card(c jsonb) returns jsonb language sql stable as $$
  select case when jsonb_typeof(c->'rules') = 'array' then jsonb_set(c, '{rules}', coalesce((
    select jsonb_agg(case when jsonb_typeof(x) = 'object'
        then coalesce((select to_jsonb(r.id) from card_rule r where md5(r.body::text) = md5(y::text)), y)
        else x end order by o)
    from jsonb_array_elements(c->'rules') with ordinality as e(x, o) cross join lateral (select compact_outcome(x) as y) z),
    '[]'::jsonb)) else c end
$$;

-- The card as it was written (outcomes and findings rendered).
create or replace function score_card(c jsonb) returns jsonb language sql stable as $$
  select case when jsonb_typeof(c->'rules') = 'array'
    then jsonb_set(c, '{rules}', coalesce((select jsonb_agg(render_outcome(rule) order by ord) from card_rules(c)),
      '[]'::jsonb))
    else c end
$$;

-- Existing outcomes: their texts stored once (literal rows), their findings compacted.
insert into rule_text (body)
select b from (select distinct finding_text(f) as b
               from card_rule r cross join lateral jsonb_array_elements(
                 case when jsonb_typeof(r.body->'findings') = 'array' then r.body->'findings' else '[]'::jsonb end) f) q
where b is not null
order by md5(b::text)
on conflict ((md5(body::text))) do nothing;

update card_rule set body = compact_outcome(body)
where jsonb_typeof(body->'findings') = 'array' and jsonb_array_length(body->'findings') > 0;

-- Findings of freshness.up-to-date written before messages had keys get the key the rule now gives them
-- (due, overdue, delinquent: the status its English message began with), so readers match keys only.
update card_rule c set body = jsonb_set(c.body, '{findings}', (
  select jsonb_agg(case when f->>'ruleId' = 'freshness.up-to-date' and f ? 'text' and not f ? 'key'
      then f || coalesce((select jsonb_build_object('key', substring(t.body->'message'->>'en'
                                   from '^Data (due|overdue|delinquent): '))
                          from rule_text t where t.id = (f->>'text')::bigint
                            and t.body->'message'->>'en' ~ '^Data (due|overdue|delinquent): '), '{}'::jsonb)
      else f end order by o)
  from jsonb_array_elements(c.body->'findings') with ordinality as e(f, o)))
where jsonb_typeof(c.body->'findings') = 'array' and exists (
  select 1 from jsonb_array_elements(c.body->'findings') f where f->>'ruleId' = 'freshness.up-to-date');
