-- The approvals page lists the requests a user made, newest first, read by its maker.
create index approval_request_requested_by_idx on approval_request (requested_by, id desc);
