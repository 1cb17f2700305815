-- The completion of hesitation-period revisits inside the period (犹豫期回访, SPEC §5, §10) becomes a figure, with a
-- target of every one of them: a new version of the definitions in force, so that the figures computed with the
-- earlier versions stay reproducible from them.
insert into kpi_definition (version, satisfied_from, complaint_rate_basis, year_on_year_cut, targets, created_at,
  created_by, reason)
select version + 1, satisfied_from, complaint_rate_basis, year_on_year_cut,
       targets || '{"HESITATION_REVISIT_RATE": 1.00}'::jsonb, now(), 'system',
       'Hesitation-period revisits completed inside the period (SPEC §5, §10): target 100 %'
from kpi_definition
order by version desc
limit 1;
