-- The KPIs read revisit_kpi_ref by period: the revisits due in it, completed in it, and whose hesitation period ends in
-- it. These indexes let a month of the twelve-month trend read that month's revisits instead of every revisit.
create index revisit_due_date_idx on revisit (due_date);
create index revisit_completed_at_idx on revisit (completed_at) where completed_at is not null;
create index revisit_hesitation_ends_idx on revisit (hesitation_ends_on) where hesitation_ends_on is not null;
