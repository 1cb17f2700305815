-- Anonymisation after the retention period (SPEC §11) removes the asker's contact of a customer's inquiries.
alter table inquiry alter column contact_enc drop not null, alter column contact_hash drop not null;
