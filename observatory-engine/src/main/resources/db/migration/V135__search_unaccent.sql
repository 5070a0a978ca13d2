-- Search that ignores case and accents ("gobernacion" finds "Ministerio de Gobernación"): PostgreSQL's
-- unaccent extension (a trusted contrib extension since PostgreSQL 13, shipped by the embedded binaries and by
-- Debian's postgresql package) and search_fold(text), an immutable wrapper usable in queries and indexes.
-- unaccent(text) itself is only stable (it reads the dictionary named by the search path), so the wrapper
-- names the dictionary and the function with the extension's schema.
create extension if not exists unaccent;

do $$
declare
  s text := (select n.nspname from pg_extension e join pg_namespace n on n.oid = e.extnamespace
             where e.extname = 'unaccent');
begin
  execute format('create or replace function search_fold(t text) returns text language sql immutable strict '
    'parallel safe as %L', format('select lower(%I.unaccent(%L::regdictionary, t))', s, quote_ident(s) || '.unaccent'));
end $$;
