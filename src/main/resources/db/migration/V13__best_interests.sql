-- cases: best interests of a child. An assessment (dated, attributed, encrypted narrative), then a determination
-- proposed by a case worker and approved or rejected by a supervisor of the owning office, with reasons.
-- A child's return can be planned only with an APPROVED determination deciding RETURN_TO_FAMILY.

create table case_bi_assessment (
    id          bigint generated always as identity primary key,
    case_id     bigint not null references case_file (id) on delete cascade,
    assessed_on date not null,
    assessed_by bigint references app_user (id),
    summary     text not null,              -- ciphertext
    recorded_at timestamptz not null default now()
);
create index case_bi_assessment_by_case on case_bi_assessment (case_id, assessed_on desc);

create table case_bi_determination (
    id             bigint generated always as identity primary key,
    case_id        bigint not null references case_file (id) on delete cascade,
    assessment_id  bigint references case_bi_assessment (id),
    decision       varchar(32) not null check (decision in ('RETURN_TO_FAMILY', 'ALTERNATIVE_CARE_IN_ORIGIN',
                                                            'LOCAL_INTEGRATION', 'THIRD_COUNTRY')),
    status         varchar(12) not null default 'REQUESTED' check (status in ('REQUESTED', 'APPROVED', 'REJECTED')),
    reasons        text not null,           -- ciphertext: why this is in the child's best interests
    requested_by   bigint references app_user (id),
    requested_at   timestamptz not null default now(),
    decided_by     bigint references app_user (id),
    decided_at     timestamptz,
    decision_note  text,                    -- ciphertext: the supervisor's reasons
    version        integer not null default 0,
    check ((status = 'REQUESTED') = (decided_at is null))
);
create index case_bi_determination_by_case on case_bi_determination (case_id, requested_at desc);
