-- Files sent with an e-mail (an appointment's ICS file): [{filename, contentType, content (base64)}]; null for none.
alter table notification_outbox add column attachments jsonb;
