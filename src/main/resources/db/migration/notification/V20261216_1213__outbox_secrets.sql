-- Values of a message for the recipient's eyes only — a single-use link, a confirmation code — kept apart from params
-- as PiiCipher ciphertext of their JSON: the dispatcher puts them into the text it sends, staff see them withheld.
alter table notification_outbox add column secrets_enc bytea;
-- Messages already sent kept their links and codes in params, where the outbox showed them to staff: those are
-- withheld now. (Messages still to be sent keep them until they go.)
update notification_outbox set params = params || jsonb_build_object('url', '…')
where params ? 'url' and template in ('revisit-questionnaire', 'appointment-booked') and status in ('SENT', 'DEAD', 'SUPPRESSED');
update notification_outbox set params = params || jsonb_build_object('code', '…')
where params ? 'code' and template = 'appointment-code' and status in ('SENT', 'DEAD', 'SUPPRESSED');
