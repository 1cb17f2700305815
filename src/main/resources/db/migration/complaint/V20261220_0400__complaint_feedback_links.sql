-- The complainant's answer to a resolution through a single-use link (§6, §1): only the SHA-256 of the link's token is
-- stored, one link per resolution (the complaint's round of reopening), used once, expiring. The answer keeps the
-- complainant's comment and says who recorded it (the customer through the link, or staff who called them).
create table complaint_feedback_link (
  token_hash   varchar(64) primary key,
  complaint_id bigint      not null references complaint (id),
  round        int         not null,
  sent_at      timestamptz not null,
  expires_at   timestamptz not null,
  used_at      timestamptz,
  unique (complaint_id, round)
);

alter table complaint add column feedback_comment text;
alter table complaint add column feedback_source varchar(16) check (feedback_source in ('CUSTOMER', 'STAFF'));
