-- Training (专业知识更新, SPEC §10): courses by topic, their sessions, who attended, exam attempts (append-only),
-- completions (one per course and staff member) and quarterly skill assessments. Staff are named by their user id;
-- the org unit a record counts for is the staff member's unit when it was recorded.
create table training_course (
  id          bigint generated always as identity primary key,
  title       varchar(200) not null,
  topic       varchar(16)  not null check (topic in ('COMPLIANCE', 'PRODUCTS', 'COMMUNICATION', 'RISK', 'LAW')),
  mandatory   boolean      not null,
  pass_mark   numeric(5, 2) check (pass_mark between 0 and 100),
  org_unit_id bigint       not null,
  created_at  timestamptz  not null,
  created_by  varchar(64)  not null
);

create table training_session (
  id         bigint generated always as identity primary key,
  course_id  bigint       not null references training_course (id),
  starts_at  timestamptz  not null,
  location   varchar(300) not null,
  created_at timestamptz  not null,
  created_by varchar(64)  not null
);
create index training_session_course_idx on training_session (course_id, starts_at);

create table training_attendance (
  id          bigint generated always as identity primary key,
  course_id   bigint      not null references training_course (id),
  session_id  bigint references training_session (id),
  user_id     bigint      not null,
  org_unit_id bigint      not null,
  completed   boolean     not null,
  recorded_at timestamptz not null,
  recorded_by varchar(64) not null
);
create index training_attendance_course_idx on training_attendance (course_id, user_id);
create index training_attendance_user_idx on training_attendance (user_id, recorded_at);

-- Exam attempts are kept as they were scored: never updated, never deleted.
create table training_exam_attempt (
  id          bigint generated always as identity primary key,
  course_id   bigint        not null references training_course (id),
  user_id     bigint        not null,
  score       numeric(5, 2) not null check (score between 0 and 100),
  passed      boolean       not null,
  attempted_at timestamptz  not null,
  recorded_by varchar(64)   not null
);
create index training_exam_attempt_course_idx on training_exam_attempt (course_id, user_id, attempted_at);

create function training_exam_attempt_append_only() returns trigger language plpgsql as $$
begin
  raise exception 'training_exam_attempt is append-only';
end $$;
create trigger training_exam_attempt_append_only before update or delete on training_exam_attempt
  for each row execute function training_exam_attempt_append_only();

-- A staff member completes a course once: attended to the end and, where the course has a pass mark, passed its exam.
create table training_completion (
  course_id    bigint      not null references training_course (id),
  user_id      bigint      not null,
  org_unit_id  bigint      not null,
  completed_at timestamptz not null,
  primary key (course_id, user_id)
);
create index training_completion_at_idx on training_completion (completed_at, user_id);

-- The quarterly skill assessment (季度技能考核): one score per staff member and quarter.
create table training_assessment (
  id          bigint generated always as identity primary key,
  user_id     bigint        not null,
  org_unit_id bigint        not null,
  quarter     varchar(7)    not null check (quarter ~ '^[0-9]{4}-Q[1-4]$'),
  score       numeric(5, 2) not null check (score between 0 and 100),
  recorded_at timestamptz   not null,
  recorded_by varchar(64)   not null,
  unique (user_id, quarter)
);

-- The last reminder of a mandatory course each staff member has not completed, so reminders do not repeat daily.
create table training_reminder (
  course_id   bigint      not null references training_course (id),
  user_id     bigint      not null,
  reminded_at timestamptz not null,
  primary key (course_id, user_id)
);
