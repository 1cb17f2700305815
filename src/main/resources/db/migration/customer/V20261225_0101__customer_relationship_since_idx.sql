-- The KPIs count the customers of a scope up to a day from their daily roll-up and the few whose relationship began
-- after it from customer_ref: this index finds those few instead of reading every customer.
create index customer_relationship_since_idx on customer (relationship_since);
