-- The worklist (an assignee's open revisits by due date, then id) in the order it is shown: with the id in the key a
-- page reads its 20 entries and stops, where (assignee_id, due_date) had to sort every revisit due on the page's
-- days (hundreds a day for an account manager with 300,000 open revisits); the customer id beside them lets the
-- worklist's count join the customers in scope without reading the revisit rows. Replaces the index it extends.
create index revisit_worklist_idx on revisit (assignee_id, due_date, id) include (customer_id) where status = 'OPEN';
drop index revisit_assignee_open_idx;
