-- The FAQ knowledge base (常见问题知识库) and the 24-hour assistant (§8): entries with their versions, published after
-- compliance approval; the synonym map; the generation counter every instance rebuilds its index on; the asked
-- questions (masked) from which the editors' gap list is made.
create table faq_entry (
  id                bigint generated always as identity primary key,
  language          varchar(5)   not null check (language in ('zh-CN', 'en')),
  status            varchar(16)  not null check (status in ('DRAFT', 'SUBMITTED', 'PUBLISHED', 'RETIRED')),
  current_version   int          not null,
  published_version int,
  approval_id       bigint,
  created_by        varchar(64)  not null,
  created_at        timestamptz  not null,
  updated_at        timestamptz  not null,
  version           bigint       not null default 0
);
create index faq_entry_status_idx on faq_entry (status);

create table faq_version (
  entry_id      bigint       not null references faq_entry (id),
  version_no    int          not null,
  category      varchar(24)  not null,
  question      text         not null,
  alternatives  text[]       not null default '{}',
  answer        text         not null,
  keywords      text[]       not null default '{}',
  edited_by     varchar(64)  not null,
  edited_at     timestamptz  not null,
  submitted_by  varchar(64),
  submitted_at  timestamptz,
  decided_by    varchar(64),
  decided_at    timestamptz,
  decision      varchar(16)  check (decision in ('APPROVED', 'REJECTED')),
  decision_note text,
  primary key (entry_id, version_no)
);

create table assistant_synonym_set (
  version    int          primary key,
  lines      text         not null,
  changed_by varchar(64)  not null,
  changed_at timestamptz  not null,
  reason     text         not null
);

create table assistant_index_state (
  id         smallint     primary key check (id = 1),
  generation bigint       not null
);
insert into assistant_index_state (id, generation) values (1, 0);

create table assistant_question (
  id           bigint generated always as identity primary key,
  asked_at     timestamptz  not null,
  question     varchar(500) not null,
  question_key varchar(500) not null,
  language     varchar(5)   not null,
  answered     boolean      not null,
  top_entry_id bigint,
  top_score    numeric(5, 3),
  gap_status   varchar(16)  check (gap_status in ('OPEN', 'DRAFTED', 'DISMISSED')),
  gap_entry_id bigint
);
create index assistant_question_gap_idx on assistant_question (question_key) where gap_status = 'OPEN';
create index assistant_question_asked_idx on assistant_question (asked_at);
