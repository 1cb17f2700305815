-- The demo phone page looks a recipient's messages up by the keyed hash of the address, newest first.
create index notification_outbox_recipient_idx on notification_outbox (recipient_hash, created_at desc)
  where recipient_hash is not null;
