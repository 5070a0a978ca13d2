-- What the registry says about an institution beyond its name: the initials and other names it publishes
-- under (to attribute datasets of shared catalogs) and the institution it replaces, so that history
-- follows the line (e.g. the CNC took over the CPCC's functions in 2024).
alter table institution
  add column acronym         text,
  add column website         text,
  add column aliases         text[] not null default '{}',
  add column replaces        text,
  add column replaced_since  date;

