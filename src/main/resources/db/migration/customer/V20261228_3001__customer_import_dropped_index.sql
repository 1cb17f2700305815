-- Go-live load written once (issue 23): a go-live load now copies its checked and sealed rows straight into customer,
-- batch by batch, each batch committed with the import's position as before, with the table's non-unique secondary
-- indexes dropped for the load and built again at its end. The unique rules stay in force throughout: the primary key
-- and the unique indexes (customer number, one customer per document) are kept and maintained row by row.
-- This table remembers, in the database, the indexes an import dropped and their definitions, so that an import
-- resumed after a crash (on this or another instance), or one that fails, builds them again; each index is built in a
-- transaction of its own that deletes its row here, so that a crash while building loses only the index in progress.
-- customer_import_row (the staging of the previous go-live load) is kept for an import staged before this version:
-- its staged rows are moved in at its end as before.
create table customer_import_dropped_index (
  import_id  bigint not null references customer_import (id),
  index_name text   not null,
  definition text   not null,
  primary key (import_id, index_name)
);
