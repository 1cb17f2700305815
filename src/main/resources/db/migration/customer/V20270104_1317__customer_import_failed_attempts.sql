-- How many runs of the import's task failed in a row before it gave up and failed the import (null: it did not).
alter table customer_import add column failed_attempts integer;
