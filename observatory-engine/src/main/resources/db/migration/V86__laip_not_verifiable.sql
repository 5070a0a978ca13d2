-- Article 10: a numeral the observatory could not check (robots.txt, JavaScript-only page, external folder).
alter table laip_numeral drop constraint laip_numeral_status_check;
alter table laip_numeral add constraint laip_numeral_status_check
  check (status in ('current', 'stale', 'broken', 'not-found', 'not-verifiable'));
