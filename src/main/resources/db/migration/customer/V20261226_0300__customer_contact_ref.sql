-- The customer's mobile number and e-mail address as stored — still encrypted, with the mobile's search hash — for the
-- notification module to copy into its outbox as they are: a message to the address the customer has on file (a
-- greeting) needs no decryption and no new encryption when it is queued, only when the dispatcher sends it. The
-- ciphertexts carry the id of their key, so a copy stays readable, and the key-rotation job re-encrypts the outbox's
-- copies as it does the customer's.
create view customer_contact_ref as
select c.id as customer_id, c.phone_enc, c.phone_hash, c.email_enc
from customer c;
