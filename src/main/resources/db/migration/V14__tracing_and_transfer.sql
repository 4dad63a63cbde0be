-- cases: family tracing and the cross-border transfer of a case between offices.
-- A tracing request goes from the office where the child is to an office in the country of origin; it carries only
-- what tracing needs (encrypted). The origin office sees the request, not the case, until the case is transferred.
-- A transfer is requested by a supervisor of the owning office and accepted or rejected by a supervisor of the
-- receiving office; on acceptance the case (and its name index rows) belong to the receiving office, and the
-- sending office keeps a read-only view.

create table case_tracing_request (
    id               bigint generated always as identity primary key,
    case_id          bigint not null references case_file (id) on delete cascade,
    from_office_id   bigint not null references office (id),
    to_office_id     bigint not null references office (id),
    status           varchar(20) not null default 'OPEN'
                     check (status in ('OPEN', 'FAMILY_FOUND', 'NOT_FOUND', 'UNSAFE_TO_RETURN')),
    family_names     text not null,           -- ciphertext
    village          text,                    -- ciphertext
    region           text,                    -- ciphertext
    languages        text,                    -- ciphertext
    requested_by     bigint references app_user (id),
    requested_at     timestamptz not null default now(),
    assessment       text,                    -- ciphertext: the origin office's family assessment
    assessed_by      bigint references app_user (id),
    assessed_at      timestamptz,
    version          integer not null default 0,
    check (from_office_id <> to_office_id)
);
create index case_tracing_by_case on case_tracing_request (case_id, requested_at desc);
create index case_tracing_by_origin on case_tracing_request (to_office_id, requested_at desc);

create table case_transfer (
    id              bigint generated always as identity primary key,
    case_id         bigint not null references case_file (id) on delete cascade,
    from_office_id  bigint not null references office (id),
    to_office_id    bigint not null references office (id),
    status          varchar(10) not null default 'REQUESTED' check (status in ('REQUESTED', 'ACCEPTED', 'REJECTED')),
    reason          text not null,            -- ciphertext
    requested_by    bigint references app_user (id),
    requested_at    timestamptz not null default now(),
    decided_by      bigint references app_user (id),
    decided_at      timestamptz,
    decision_note   text,                     -- ciphertext
    version         integer not null default 0,
    check ((status = 'REQUESTED') = (decided_at is null)),
    check (from_office_id <> to_office_id)
);
create index case_transfer_by_case on case_transfer (case_id, requested_at desc);
create index case_transfer_to_office on case_transfer (to_office_id, status);
create index case_transfer_from_office on case_transfer (from_office_id, status) include (case_id);
-- at most one open transfer per case
create unique index case_transfer_one_open on case_transfer (case_id) where status = 'REQUESTED';

-- In-app notifications to an office (no personal data: the case number and what happened).
create table office_notification (
    id          bigint generated always as identity primary key,
    office_id   bigint not null references office (id),
    kind        varchar(40) not null,
    case_number varchar(40) not null,
    created_at  timestamptz not null default now()
);
create index office_notification_by_office on office_notification (office_id, created_at desc);
