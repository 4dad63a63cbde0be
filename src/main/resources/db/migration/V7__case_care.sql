-- cases: assessments, services, notes, attachments and the history of closures and reopenings.
-- Free text and files are ciphertext (encrypted by the application).

-- Needs assessment: one row per assessment (reassessments keep history), a level per need.
create table case_needs_assessment (
    id          bigint generated always as identity primary key,
    case_id     bigint not null references case_file (id) on delete cascade,
    assessed_on date not null,
    assessed_by bigint references app_user (id),
    shelter          varchar(8) not null default 'NONE' check (shelter in ('NONE', 'LOW', 'MEDIUM', 'HIGH', 'URGENT')),
    medical          varchar(8) not null default 'NONE' check (medical in ('NONE', 'LOW', 'MEDIUM', 'HIGH', 'URGENT')),
    psychosocial     varchar(8) not null default 'NONE' check (psychosocial in ('NONE', 'LOW', 'MEDIUM', 'HIGH', 'URGENT')),
    legal            varchar(8) not null default 'NONE' check (legal in ('NONE', 'LOW', 'MEDIUM', 'HIGH', 'URGENT')),
    documentation    varchar(8) not null default 'NONE' check (documentation in ('NONE', 'LOW', 'MEDIUM', 'HIGH', 'URGENT')),
    education        varchar(8) not null default 'NONE' check (education in ('NONE', 'LOW', 'MEDIUM', 'HIGH', 'URGENT')),
    livelihood       varchar(8) not null default 'NONE' check (livelihood in ('NONE', 'LOW', 'MEDIUM', 'HIGH', 'URGENT')),
    family_contact   varchar(8) not null default 'NONE' check (family_contact in ('NONE', 'LOW', 'MEDIUM', 'HIGH', 'URGENT')),
    notes       text,
    recorded_at timestamptz not null default now()
);
create index case_needs_assessment_by_case on case_needs_assessment (case_id, assessed_on desc);

-- Re-trafficking risk assessment: a level with its factors; history kept.
create table case_risk_assessment (
    id          bigint generated always as identity primary key,
    case_id     bigint not null references case_file (id) on delete cascade,
    assessed_on date not null,
    assessed_by bigint references app_user (id),
    level       varchar(8) not null check (level in ('LOW', 'MEDIUM', 'HIGH')),
    factors     varchar(40)[] not null default '{}',
    notes       text,
    recorded_at timestamptz not null default now()
);
create index case_risk_assessment_by_case on case_risk_assessment (case_id, assessed_on desc);

-- Services delivered.
create table case_service (
    id              bigint generated always as identity primary key,
    case_id         bigint not null references case_file (id) on delete cascade,
    service_type    varchar(32) not null,
    delivered_on    date not null,
    provider_org_id bigint references organisation (id),
    cost            numeric(12, 2) check (cost is null or cost >= 0),
    currency        char(3),
    recorded_by     bigint references app_user (id),
    recorded_at     timestamptz not null default now(),
    check ((cost is null) = (currency is null))
);
create index case_service_by_case on case_service (case_id, delivered_on desc);

create table case_note (
    id         bigint generated always as identity primary key,
    case_id    bigint not null references case_file (id) on delete cascade,
    body       text not null,
    author     bigint references app_user (id),
    created_at timestamptz not null default now()
);
create index case_note_by_case on case_note (case_id, created_at desc);

create table case_attachment (
    id           bigint generated always as identity primary key,
    case_id      bigint not null references case_file (id) on delete cascade,
    file_name    text not null,            -- ciphertext
    content_type varchar(100) not null,
    size_bytes   integer not null check (size_bytes > 0),
    content      bytea not null,           -- ciphertext
    uploaded_by  bigint references app_user (id),
    uploaded_at  timestamptz not null default now()
);
create index case_attachment_by_case on case_attachment (case_id);

-- Closures and reopenings, dated and attributed.
create table case_closure_event (
    id         bigint generated always as identity primary key,
    case_id    bigint not null references case_file (id) on delete cascade,
    action     varchar(8) not null check (action in ('CLOSED', 'REOPENED')),
    reason     varchar(40),
    note       text,                        -- ciphertext
    acted_on   date not null,
    acted_by   bigint references app_user (id),
    recorded_at timestamptz not null default now()
);
create index case_closure_event_by_case on case_closure_event (case_id, recorded_at);
