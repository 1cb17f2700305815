-- litigation_hold: customers whose latest figures carry the litigation flag — a legal hold that suspends their
-- anonymisation after the retention period (SPEC §11).
create view litigation_hold as
select customer_id from (
  select distinct on (customer_id) customer_id, litigation from customer_metrics order by customer_id, as_of desc
) latest
where litigation;
