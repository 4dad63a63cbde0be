-- cases: the journey home after the best-interests decision. A return plan (documents, escort, route, travel date,
-- costs, pre-departure checklist), the handover (departure recorded by the sending office, arrival confirmed with
-- date, place and persons present), the reintegration plan (components with provider, budget and disbursements),
-- follow-up visits scheduled from the arrival date, and the overdue alerts raised once per visit.

create table case_return_plan (
    id                    bigint generated always as identity primary key,
    case_id               bigint not null unique references case_file (id) on delete cascade,
    destination_country   char(2) not null references country (code),
    receiving_office_id   bigint references office (id),
    travel_date           date,
    route                 text,              -- ciphertext: where the person travels through
    escort                text,              -- ciphertext: who accompanies the person
    programme             varchar(200),
    cost                  numeric(12, 2) check (cost >= 0),
    currency              char(3) check (currency ~ '^[A-Z]{3}$'),
    checklist             varchar(40)[] not null default '{}',
    status                varchar(12) not null default 'PLANNED' check (status in ('PLANNED', 'DEPARTED', 'ARRIVED')),
    departed_on           date,
    departure_recorded_by bigint references app_user (id),
    arrived_on            date,
    arrival_place         text,              -- ciphertext
    arrival_persons       text,              -- ciphertext: persons present at the handover
    arrival_confirmed_by  bigint references app_user (id),
    planned_by            bigint references app_user (id),
    planned_at            timestamptz not null default now(),
    version               integer not null default 0,
    check ((status = 'PLANNED') = (departed_on is null)),
    check ((status = 'ARRIVED') = (arrived_on is not null))
);

create table case_return_document (
    id                bigint generated always as identity primary key,
    case_id           bigint not null references case_file (id) on delete cascade,
    kind              varchar(24) not null check (kind in ('PASSPORT', 'LAISSEZ_PASSER', 'BIRTH_CERTIFICATE',
                                                          'TRAVEL_AUTHORISATION', 'IDENTITY_CARD', 'OTHER')),
    status            varchar(10) not null default 'REQUESTED' check (status in ('REQUESTED', 'ISSUED')),
    issuing_authority varchar(200) not null,
    requested_on      date not null,
    issued_on         date,
    recorded_by       bigint references app_user (id),
    check ((status = 'ISSUED') = (issued_on is not null))
);
create index case_return_document_by_case on case_return_document (case_id);

create table case_reintegration_component (
    id              bigint generated always as identity primary key,
    case_id         bigint not null references case_file (id) on delete cascade,
    component       varchar(32) not null check (component in ('RETURN_TO_SCHOOL', 'VOCATIONAL_TRAINING',
                        'INCOME_GENERATING_ACTIVITY', 'HEALTH', 'PSYCHOSOCIAL_SUPPORT', 'FAMILY_SUPPORT_AND_HOUSING',
                        'COMMUNITY_SENSITISATION')),
    provider_org_id bigint not null references organisation (id),
    budget          numeric(12, 2) not null check (budget >= 0),
    currency        char(3) not null check (currency ~ '^[A-Z]{3}$'),
    status          varchar(12) not null default 'PLANNED'
                        check (status in ('PLANNED', 'IN_PROGRESS', 'COMPLETED', 'CANCELLED')),
    recorded_by     bigint references app_user (id),
    recorded_at     timestamptz not null default now(),
    unique (case_id, component)
);

create table case_reintegration_disbursement (
    id           bigint generated always as identity primary key,
    component_id bigint not null references case_reintegration_component (id) on delete cascade,
    amount       numeric(12, 2) not null check (amount > 0),
    paid_on      date not null,
    recorded_by  bigint references app_user (id),
    recorded_at  timestamptz not null default now()
);
create index case_reintegration_disbursement_by_component on case_reintegration_disbursement (component_id);

create table case_follow_up_visit (
    id                  bigint generated always as identity primary key,
    case_id             bigint not null references case_file (id) on delete cascade,
    months_after_return integer not null check (months_after_return between 0 and 120),
    due_on              date not null,
    visited_on          date,
    findings            text,                -- ciphertext
    economic_score      smallint check (economic_score between 1 and 5),
    social_score        smallint check (social_score between 1 and 5),
    psychosocial_score  smallint check (psychosocial_score between 1 and 5),
    risk_level          varchar(12) check (risk_level in ('LOW', 'MEDIUM', 'HIGH')),
    recorded_by         bigint references app_user (id),
    unique (case_id, months_after_return)
);
create index case_follow_up_visit_due on case_follow_up_visit (due_on) where visited_on is null;

-- One alert per overdue visit, whatever the number of nodes running the check: the unique key decides.
create table follow_up_alert (
    id        bigint generated always as identity primary key,
    visit_id  bigint not null unique references case_follow_up_visit (id) on delete cascade,
    case_id   bigint not null references case_file (id) on delete cascade,
    office_id bigint not null references office (id),
    raised_at timestamptz not null default now(),
    emailed_at timestamptz
);
create index follow_up_alert_by_office on follow_up_alert (office_id, raised_at desc);

-- db-scheduler (https://github.com/kagkarlsson/db-scheduler), PostgreSQL table of the library.
create table scheduled_tasks (
    task_name            text not null,
    task_instance        text not null,
    task_data            bytea,
    execution_time       timestamp with time zone not null,
    picked               boolean not null,
    picked_by            text,
    last_success         timestamp with time zone,
    last_failure         timestamp with time zone,
    consecutive_failures int,
    last_heartbeat       timestamp with time zone,
    version              bigint not null,
    priority             smallint,
    primary key (task_name, task_instance)
);
create index execution_time_idx on scheduled_tasks (execution_time);
create index last_heartbeat_idx on scheduled_tasks (last_heartbeat);
create index priority_execution_time_idx on scheduled_tasks (priority desc, execution_time asc);
