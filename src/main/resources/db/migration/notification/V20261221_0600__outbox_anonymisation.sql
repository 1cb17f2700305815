-- Anonymisation after the retention period (SPEC §11) removes the address a customer's messages went to.
alter table notification_outbox alter column recipient_enc drop not null, alter column recipient_hash drop not null;
