-- The last day of the hesitation period (犹豫期) of the policy whose purchase planned the revisit (§5): the revisit is
-- due no later than 2 working days before it, and its completion on or before it is what the customer gains.
alter table revisit add column hesitation_ends_on date;
