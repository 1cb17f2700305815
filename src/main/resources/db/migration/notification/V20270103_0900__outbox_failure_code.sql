-- Why a message was not delivered, as a stable code that pages show in their language; last_error keeps the words.
alter table notification_outbox add column last_error_code text;

update notification_outbox set last_error_code = case
    when status = 'SUPPRESSED' then 'NO_CONSENT'
    when last_error like '%空号%' then 'NO_SUCH_SUBSCRIBER'
    when last_error like 'Timed out waiting for the demo sandbox%' then 'UNREACHABLE'
    when last_error like 'Timed out after%' then 'TIMEOUT'
    when last_error like 'Not a deliverable message%' or last_error like 'Address rejected%' then 'REFUSED'
    when last_error ~ '^HTTP 4[0-9][0-9]' and last_error !~ '^HTTP 4(08|29)' then 'REFUSED'
    else 'GATEWAY_ERROR' end
where last_error is not null;

update notification_outbox set last_error = '400 from the demo sandbox: no such subscriber'
where last_error_code = 'NO_SUCH_SUBSCRIBER';
