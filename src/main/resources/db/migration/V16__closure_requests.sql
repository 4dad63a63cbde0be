-- cases: a child's case closes only with a supervisor's approval. A closure request carries the HTCDS reason and a
-- note (the reason given when the follow-ups are not all done); a CASE_SUPERVISOR of the owning office, other than
-- the requester, approves it (the case closes) or rejects it with a note. One open request per case at a time.

create table case_closure_request (
    id             bigint generated always as identity primary key,
    case_id        bigint not null references case_file (id) on delete cascade,
    reason         varchar(40) not null,
    note           text,                    -- ciphertext
    followups_done boolean not null default false,
    status         varchar(12) not null default 'REQUESTED' check (status in ('REQUESTED', 'APPROVED', 'REJECTED')),
    requested_by   bigint references app_user (id),
    requested_at   timestamptz not null default now(),
    decided_by     bigint references app_user (id),
    decided_at     timestamptz,
    decision_note  text,                    -- ciphertext
    check ((status = 'REQUESTED') = (decided_at is null))
);
create index case_closure_request_by_case on case_closure_request (case_id, requested_at desc);
create unique index case_closure_request_one_open on case_closure_request (case_id) where status = 'REQUESTED';
-- and one pending best-interests determination per case
create unique index case_bi_determination_one_open on case_bi_determination (case_id) where status = 'REQUESTED';
