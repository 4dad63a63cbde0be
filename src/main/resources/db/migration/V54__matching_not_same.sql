-- Matching (issue 17, decision 0026): pairs of cases a supervisor decided are not the same person, so that the
-- batch duplicate review never proposes them again. Case ids only (no name, nothing identifying); the cases module's
-- tables are not referenced: matching knows cases through their public port.
create table matching_not_same (
    case_id       bigint      not null,
    other_case_id bigint      not null,
    office_id     bigint      not null,
    decided_by    varchar(60) not null,
    decided_at    timestamptz not null default now(),
    primary key (case_id, other_case_id),
    check (case_id < other_case_id)
);
create index matching_not_same_by_office on matching_not_same (office_id);
