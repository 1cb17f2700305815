-- Customer events (客户活动, SPEC §8): lectures, customer exchanges and outdoor activities with a capacity; invitations
-- answered through a private link (only the SHA-256 of its token is kept), a waitlist promoted in order when a seat
-- frees, reminders and check-in at the door.
create table care_event (
  id          bigint generated always as identity primary key,
  title       varchar(200) not null,
  kind        varchar(16)  not null check (kind in ('LECTURE', 'EXCHANGE', 'OUTDOOR')),
  starts_at   timestamptz  not null,
  location    varchar(300) not null,
  capacity    int          not null check (capacity > 0),
  org_unit_id bigint       not null,
  created_by  varchar(64)  not null,
  created_at  timestamptz  not null
);

create table care_event_invitation (
  id            bigint generated always as identity primary key,
  event_id      bigint      not null references care_event (id),
  customer_id   bigint      not null,
  invitation_no varchar(24) not null unique,
  status        varchar(16) not null check (status in ('INVITED', 'ACCEPTED', 'DECLINED', 'WAITLISTED')),
  token_hash    char(64)    not null unique,
  invited_at    timestamptz not null,
  responded_at  timestamptz,
  waitlisted_at timestamptz,
  reminded_at   timestamptz,
  attended_at   timestamptz,
  constraint care_event_invitation_once unique (event_id, customer_id)
);
create index care_event_invitation_waitlist_idx on care_event_invitation (event_id, waitlisted_at) where status = 'WAITLISTED';
