-- Audit trail: append-only and hash-chained. Each entry's hash covers its content and the previous entry's hash,
-- so altering, removing or reordering an entry breaks the chain from that entry on.
create table audit_entry (
  seq          bigint       primary key,
  occurred_at  timestamptz  not null,
  actor        varchar(64)  not null,
  origin       varchar(100),
  action       varchar(64)  not null,
  entity_type  varchar(32)  not null,
  entity_id    varchar(64),
  reason       text,
  before_state text,
  after_state  text,
  prev_hash    char(64)     not null,
  hash         char(64)     not null
);
create index audit_entry_entity_idx on audit_entry (entity_type, entity_id, seq);
create index audit_entry_actor_idx on audit_entry (actor, seq);

create function audit_entry_is_append_only() returns trigger language plpgsql as $$
begin
  raise exception 'the audit trail is append-only';
end;
$$;
create trigger audit_entry_no_update_or_delete before update or delete on audit_entry
  for each row execute function audit_entry_is_append_only();
create trigger audit_entry_no_truncate before truncate on audit_entry
  for each statement execute function audit_entry_is_append_only();
