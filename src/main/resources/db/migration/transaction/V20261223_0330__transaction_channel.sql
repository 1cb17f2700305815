-- The channel a sale went through, when the report names it (§7): DIRECT, AGENT, BANK (银保渠道) or ONLINE. A
-- bank-channel sale of a product that says so needs dual recording (双录) whatever the customer's age.
alter table customer_transaction
  add column channel varchar(8) check (channel in ('DIRECT', 'AGENT', 'BANK', 'ONLINE'));
