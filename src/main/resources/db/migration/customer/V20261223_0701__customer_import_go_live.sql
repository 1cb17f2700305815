-- Go-live load of a bulk import (issue 23). An import into an empty customer table, or one much smaller than the
-- file, stages its checked and sealed rows (PII already encrypted, documents and phones already hashed) batch by
-- batch in customer_import_row, each batch committed with the import's position as before; the last step moves them
-- into customer in one transaction that drops the table's secondary indexes, inserts, and builds them again. A crash
-- while staging resumes at the first row not yet committed; a crash in the last step rolls it back whole.
-- load_mode is decided when the import first starts and kept on resume; null for imports older than this.
alter table customer_import add column load_mode varchar(16) check (load_mode in ('DELTA', 'GO_LIVE'));

-- No index and no foreign key on purpose: the rows are only appended, then read whole once and deleted.
create table customer_import_row (
  import_id          bigint       not null,
  line               bigint       not null,
  type               varchar(16)  not null,
  name               varchar(200) not null,
  id_type            varchar(32)  not null,
  id_number_enc      bytea        not null,
  id_number_hash     bytea        not null,
  id_expiry          date,
  birth_date_enc     bytea,
  gender             varchar(8),
  phone_enc          bytea,
  phone_hash         bytea,
  email_enc          bytea,
  address_enc        bytea,
  occupation         varchar(100),
  status             varchar(16)  not null,
  org_unit_id        bigint       not null,
  manager_id         bigint,
  relationship_since date         not null
);
