-- Go-live load with the one-customer-per-document rule kept by the load itself (issue 23): a go-live load now also
-- drops the rule's unique index (customer_one_per_document) for the load, recorded in customer_import_dropped_index
-- like the other indexes, and keeps the rule in the loading process, which knows every document on file (the table's,
-- read under the load's lock, and its own). So that no other writer can file a document meanwhile, the load's first
-- batch puts this guard on the customer table (a statement trigger, created and removed by the load in the same
-- transactions that drop and build the rule's index): any statement that adds customers or changes a document is
-- refused as a serialization failure (the caller answers "busy, try again shortly") unless it is the load's own. The
-- guard goes in the transaction that builds the rule again; if that build finds two customers with one document, the
-- load's customers (those from go_live_from_id on) are deleted and the table is left as it was before the load.
create function customer_go_live_guard() returns trigger language plpgsql as $$
begin
  if current_setting('clientcare.go_live_load', true) is distinct from 'on' then
    raise exception 'customers are being loaded by a go-live load; try again when it has ended'
      using errcode = 'serialization_failure';
  end if;
  return null;
end $$;

alter table customer_import add column go_live_from_id bigint;
