-- The chain is keyed: each entry's hash is an HMAC-SHA256 under the audit key whose id it carries (audit.internal.
-- AuditKeys). Entries written before carry no key id and a plain SHA-256; only they may.
alter table audit_entry add column key_id smallint;
