-- The datasets list (V87) in one row per dataset (issue 18). It kept one row per dataset AND profile, each with
-- copies of its score's rating, findings and dimensions, its run's counts and the formats' JSON, and text[] arrays
-- of its findings' rule ids and dimensions with GIN indexes (about 2,000 bytes per dataset); it was rewritten at
-- every publication by expanding every score card twice through card_rules (most of a publication's time).
-- Now a row holds only what the list filters and sorts on:
--   * percents: the score under each profile, at the position listing_profile gives it (null: no score there);
--   * keys: a bitmap; bit n set when the dataset has listing_key n: a format of its distributions (kind 'format'),
--     a rule with findings, or a dimension of a finding, under a profile (kinds 'rule', 'dimension').
-- What a page shows (rating, findings, dimensions, distributions, formats, source) is read for the page's rows
-- from the score, the run's link and the dataset version it names (dataset_listing_by_profile shows every row in
-- the old shape). A card's keys come from its list of outcomes (V193), read once per distinct list, not per card.

create table listing_profile (
  pos      smallint primary key,
  profile  text not null unique
);

create table listing_key (
  bit      integer primary key,
  kind     text not null,
  profile  text not null,
  key      text not null,
  unique (kind, profile, key)
);

-- Whether bit b of v is set (false when b is null or beyond v). Each argument is used once, so that the planner
-- inlines it even when b is a sub-select (the key's bit looked up once per query).
create function listing_has(v varbit, b integer) returns boolean language sql immutable as $$
  select coalesce(substring(v from b + 1 for 1) = B'1', false)
$$;

-- A bitmap with the given bits set, as long as its highest bit needs.
create function listing_bits(bits integer[]) returns varbit language sql immutable as $$
  select coalesce(bit_or(set_bit(repeat('0', q.m + 1)::varbit, b, 1)), B'')
  from (select max(x) as m from unnest(bits) x) q, unnest(bits) b
$$;

-- The distinct formats of a dataset's distributions, upper case, as the JSON array the list shows.
create function listing_formats(formats text[]) returns text language sql immutable as $$
  select (select coalesce(jsonb_agg(distinct upper(f)) filter (where coalesce(f, '') <> ''), '[]'::jsonb)
          from unnest(formats) f)::text
$$;

-- The findings' rule ids and lower-cased dimensions of a card whose "rules" are given: a list id (V193) or entries
-- (ids, [id, values...], outcomes written whole). A dataset's values (V191) never hold a rule id or a dimension,
-- so outcomes are read without filling them in.
create function card_finding_keys(rules jsonb) returns table (rule text, dimension text) language sql stable as $$
  select f->>'ruleId', lower(f->>'dimension')
  from jsonb_array_elements(case jsonb_typeof(rules)
         when 'number' then coalesce((select l.body from card_rule_list l where l.id = rules::text::bigint), '[]')
         when 'array' then rules else '[]'::jsonb end) x
  cross join lateral (select case jsonb_typeof(x)
         when 'number' then (select r.body from card_rule r where r.id = x::text::bigint)
         when 'array' then (select r.body from card_rule r where r.id = (x->>0)::bigint)
         else x end as body) o
  cross join lateral jsonb_array_elements(coalesce(o.body->'findings', '[]'::jsonb)) f
$$;

-- The keys and profiles a run's datasets have: (kind, profile, key); profiles as kind 'profile'.
create function listing_wanted(p_run bigint) returns table (kind text, profile text, key text) language sql stable as $$
  with cards as (select distinct s.profile, s.card->'rules' as rules
                 from run_dataset rd join score s on s.id = any(rd.score_ids) where rd.run_id = p_run)
  select 'profile', '', c.profile from cards c
  union
  select 'format', '', upper(f) from run_dataset rd join dataset_version v on v.id = rd.version_id,
    unnest(v.formats) f where rd.run_id = p_run and coalesce(f, '') <> ''
  union
  select 'rule', c.profile, k.rule from cards c, card_finding_keys(c.rules) k where k.rule is not null
  union
  select 'dimension', c.profile, k.dimension from cards c, card_finding_keys(c.rules) k where k.dimension is not null
$$;

-- Gives the run's new profiles a position and its new keys a bit, the next free ones (rarely: only the first time
-- a key is seen; the table is then locked against concurrent publications, its readers are not blocked).
create function listing_add_keys(p_run bigint) returns void language plpgsql as $$
begin
  if not exists (select 1 from listing_wanted(p_run) w
                 where case when w.kind = 'profile'
                   then not exists (select 1 from listing_profile p where p.profile = w.key)
                   else not exists (select 1 from listing_key k
                                    where k.kind = w.kind and k.profile = w.profile and k.key = w.key) end) then
    return;
  end if;
  lock table listing_profile, listing_key in exclusive mode;
  insert into listing_profile (pos, profile)
  select (select coalesce(max(pos), 0) from listing_profile) + row_number() over (order by w.key), w.key
  from listing_wanted(p_run) w
  where w.kind = 'profile' and not exists (select 1 from listing_profile p where p.profile = w.key);
  insert into listing_key (bit, kind, profile, key)
  select (select coalesce(max(bit), -1) from listing_key)
      + row_number() over (order by w.kind, w.profile, w.key), w.kind, w.profile, w.key
  from listing_wanted(p_run) w
  where w.kind <> 'profile' and not exists (select 1 from listing_key k
                                            where k.kind = w.kind and k.profile = w.profile and k.key = w.key);
end $$;

-- Existing rows first: profiles and keys numbered by how many datasets have them (the commonest get the lowest bits,
-- so that bitmaps stay short).
do $$
begin
  if exists (select 1 from dataset_listing group by dataset_id
             having count(distinct (source_id, run_id, version_id, coalesce(institution_code, ''))) > 1) then
    raise exception 'dataset_listing rows of one dataset name different runs or versions; not migrating';
  end if;
end $$;

insert into listing_profile (pos, profile)
select row_number() over (order by count(*) desc, profile), profile from dataset_listing group by profile;

insert into listing_key (bit, kind, profile, key)
select row_number() over (order by n desc, kind, profile, key) - 1, kind, profile, key
from (select kind, profile, key, count(distinct dataset_id) as n from (
        select 'format' as kind, '' as profile, f as key, dataset_id from dataset_listing, unnest(format_codes) f
        union all
        select 'rule', profile, r, dataset_id from dataset_listing, unnest(finding_rules) r
        union all
        select 'dimension', profile, d, dataset_id from dataset_listing, unnest(finding_dimensions) d) k
      where key is not null
      group by kind, profile, key) q;

create table dataset_listing_v200 (
  dataset_id        bigint primary key,
  run_id            bigint not null,
  version_id        bigint not null,
  institution_code  text,
  percents          float8[] not null,
  keys              varbit not null
);

insert into dataset_listing_v200 (dataset_id, run_id, version_id, institution_code, percents, keys)
select d.dataset_id, d.run_id, d.version_id, d.institution_code, pc.percents, listing_bits(coalesce(kb.bits, '{}'))
from (select distinct on (dataset_id) dataset_id, run_id, version_id, institution_code
      from dataset_listing order by dataset_id) d
join (select x.dataset_id, array_agg(l.percent order by p.pos) as percents
      from (select distinct dataset_id from dataset_listing) x cross join listing_profile p
      left join dataset_listing l on l.profile = p.profile and l.dataset_id = x.dataset_id
      group by x.dataset_id) pc on pc.dataset_id = d.dataset_id
left join (select l.dataset_id, array_agg(distinct k.bit) as bits from dataset_listing l
           cross join lateral (select 'format' as kind, '' as profile, f as key from unnest(l.format_codes) f
                               union all select 'rule', l.profile, r from unnest(l.finding_rules) r
                               union all select 'dimension', l.profile, x from unnest(l.finding_dimensions) x) w
           join listing_key k on k.kind = w.kind and k.profile = w.profile and k.key = w.key
           group by l.dataset_id) kb on kb.dataset_id = d.dataset_id;

-- Every row of the list under every profile, in the shape of V167's table: what the list shows and filters on.
create view dataset_listing_by_profile as
select p.profile, l.dataset_id, r.source_id, l.run_id, l.institution_code, l.version_id,
  l.percents[p.pos] as percent, s.rating, s.findings, rd.distributions, s.dimensions::text as dimensions,
  listing_formats(v.formats) as formats,
  array(select k.key from listing_key k where k.kind = 'format' and listing_has(l.keys, k.bit)
        order by k.key) as format_codes,
  array(select k.key from listing_key k where k.kind = 'rule' and k.profile = p.profile
        and listing_has(l.keys, k.bit) order by k.key) as finding_rules,
  array(select k.key from listing_key k where k.kind = 'dimension' and k.profile = p.profile
        and listing_has(l.keys, k.bit) order by k.key) as finding_dimensions
from dataset_listing_v200 l
join listing_profile p on l.percents[p.pos] is not null
join crawl_run r on r.id = l.run_id
join run_dataset rd on rd.run_id = l.run_id and rd.dataset_id = l.dataset_id
join score s on s.id = any(rd.score_ids) and s.profile = p.profile
join dataset_version v on v.id = l.version_id;

-- Nothing lost: every old row reads back the same through the new rows (arrays compared as sets), else refuse.
do $$
declare
  differ bigint;
begin
  select count(*) into differ from (
    (select profile, dataset_id, source_id, run_id, institution_code, version_id, percent, rating, findings,
       distributions, dimensions, formats,
       array(select distinct x from unnest(format_codes) x order by 1),
       array(select distinct x from unnest(finding_rules) x where x is not null order by 1),
       array(select distinct x from unnest(finding_dimensions) x where x is not null order by 1)
     from dataset_listing
     except all
     select * from dataset_listing_by_profile)
    union all
    (select * from dataset_listing_by_profile
     except all
     select profile, dataset_id, source_id, run_id, institution_code, version_id, percent, rating, findings,
       distributions, dimensions, formats,
       array(select distinct x from unnest(format_codes) x order by 1),
       array(select distinct x from unnest(finding_rules) x where x is not null order by 1),
       array(select distinct x from unnest(finding_dimensions) x where x is not null order by 1)
     from dataset_listing)) d;
  if differ > 0 then
    raise exception '% dataset_listing rows would read back differently; not migrating', differ;
  end if;
end $$;

drop table dataset_listing;
alter table dataset_listing_v200 rename to dataset_listing;
alter index dataset_listing_v200_pkey rename to dataset_listing_pkey;
create index dataset_listing_run on dataset_listing (run_id);

-- A source's row of each dataset of its latest published run (none when it has none), without expanding any card:
-- each distinct list of outcomes of the run's cards gives its keys once.
create or replace function refresh_dataset_listing(p_source text) returns void language plpgsql as $$
declare
  v_run bigint;
  v_shared boolean;
  v_institution text;
begin
  delete from dataset_listing l using crawl_run r where r.id = l.run_id and r.source_id = p_source;
  select r.id, src.shared, r.institution_code into v_run, v_shared, v_institution
  from crawl_run r join source src on src.id = r.source_id
  where r.published and r.source_id = p_source
  order by r.week desc, r.finished_at desc nulls last, r.id desc limit 1;
  if v_run is null then
    return;
  end if;
  perform listing_add_keys(v_run);
  insert into dataset_listing (dataset_id, run_id, version_id, institution_code, percents, keys)
  with cards as (
    select rd.dataset_id, s.profile, s.percent, s.card->'rules' as rules
    from run_dataset rd join score s on s.id = any(rd.score_ids) where rd.run_id = v_run),
  lists as (
    select c.profile, c.rules, array_agg(distinct k.bit) as bits
    from (select distinct profile, rules from cards) c
    cross join lateral card_finding_keys(c.rules) f
    join listing_key k on k.profile = c.profile
      and ((k.kind = 'rule' and k.key = f.rule) or (k.kind = 'dimension' and k.key = f.dimension))
    group by c.profile, c.rules),
  bits as (
    select c.dataset_id, unnest(l.bits) as bit from cards c join lists l on l.profile = c.profile and l.rules = c.rules
    union
    select rd.dataset_id, k.bit from run_dataset rd join dataset_version v on v.id = rd.version_id
    cross join lateral unnest(v.formats) f
    join listing_key k on k.kind = 'format' and k.profile = '' and k.key = upper(f)
    where rd.run_id = v_run),
  keyed as (select dataset_id, array_agg(bit) as bits from bits group by dataset_id),
  percents as (
    select d.dataset_id, array_agg(c.percent order by p.pos) as percents
    from (select distinct dataset_id from cards) d cross join listing_profile p
    left join cards c on c.dataset_id = d.dataset_id and c.profile = p.profile
    group by d.dataset_id)
  select rd.dataset_id, v_run, rd.version_id,
    case when v_shared then rd.institution_code else v_institution end, pc.percents,
    listing_bits(coalesce(kd.bits, '{}'))
  from run_dataset rd join percents pc on pc.dataset_id = rd.dataset_id
  left join keyed kd on kd.dataset_id = rd.dataset_id
  where rd.run_id = v_run;
end $$;
