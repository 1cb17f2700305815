-- A diary entry of kind VISIT is handed over to the visit ledger (拜访记录台账), once: this is when it was.
alter table assignment_diary add column handed_over_at timestamptz;
create index assignment_diary_visits_to_hand_over_idx on assignment_diary (id) where kind = 'VISIT' and handed_over_at is null;
