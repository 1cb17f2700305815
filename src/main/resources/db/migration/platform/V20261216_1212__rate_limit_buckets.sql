-- Rate limits (限流): one token bucket per rule and client address or mobile number, kept here so that every instance
-- counts together (bucket4j's PostgreSQL proxy manager, select … for update). id: '<rule>:<key>', a mobile number only
-- as its keyed hash; state: bucket4j's serialised bucket; expires_at: epoch milliseconds after which the bucket is full
-- again and the row may go (the rate-limit-cleanup job deletes such rows).
create table rate_limit_bucket (
  id         varchar(200) primary key,
  state      bytea,
  expires_at bigint
);
create index rate_limit_bucket_expires_idx on rate_limit_bucket (expires_at);
