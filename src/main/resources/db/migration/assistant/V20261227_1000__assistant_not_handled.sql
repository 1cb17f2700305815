-- The list of the things the bank does not handle (本行不办理的事项), versioned like the synonym map: without a row the
-- list shipped in assistant/default-not-handled.txt applies as version 0. A question naming one of them and none of
-- the bank's own things is refused by the assistant.
create table assistant_not_handled_set (
  version    int          primary key,
  lines      text         not null,
  changed_by varchar(64)  not null,
  changed_at timestamptz  not null,
  reason     text         not null
);
