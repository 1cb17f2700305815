-- A name-prefix search within a scope (an account manager's book, a branch's units) reads only the matching entries
-- of one index, so that counting its first matches and reading its page costs the same whatever the scope's size.
create index customer_manager_name_idx on customer (manager_id, name text_pattern_ops);
create index customer_org_unit_name_idx on customer (org_unit_id, name text_pattern_ops);
