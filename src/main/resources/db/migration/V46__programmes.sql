-- programmes (issue 14): funded projects — title, code, donors with their grant references, implementing and partner
-- organisations of the directory, the countries covered with the day each joined, period and phases, budget lines
-- (planned, received, spent) each in one ISO 4217 currency (never summed across currencies), the plan activities
-- served, documents (links), targets with a measure, a baseline and a value per period, the cases enrolled (dated),
-- and the narrative of each donor report.

create table programme (
    id         bigserial primary key,
    code       text not null unique check (length(code) between 1 and 40),
    title      text not null check (length(title) between 1 and 300),
    summary    text check (length(summary) <= 4000),
    starts_on  date not null,
    ends_on    date,
    source     text check (length(source) <= 1000),
    version    integer not null default 0,
    created_by text,
    created_at timestamptz not null default now(),
    updated_at timestamptz not null default now(),
    check (ends_on is null or ends_on >= starts_on)
);

-- donors (with the grant reference), implementers and partners: one organisation per row and role
create table programme_organisation (
    programme_id    bigint not null references programme (id) on delete cascade,
    organisation_id bigint not null references organisation (id),
    role            text not null check (role in ('DONOR', 'IMPLEMENTER', 'PARTNER')),
    grant_reference text check (length(grant_reference) <= 100),
    primary key (programme_id, role, organisation_id)
);
create index programme_organisation_org_idx on programme_organisation (organisation_id, role);

-- the countries covered, each from the day it joined ("expands to the 15 ECOWAS countries")
create table programme_country (
    programme_id bigint not null references programme (id) on delete cascade,
    country_code char(2) not null references country (code),
    joined_on    date not null,
    primary key (programme_id, country_code)
);

create table programme_phase (
    programme_id bigint not null references programme (id) on delete cascade,
    position     integer not null,
    name         text not null check (length(name) between 1 and 200),
    starts_on    date not null,
    ends_on      date,
    primary key (programme_id, position),
    check (ends_on is null or ends_on >= starts_on)
);

create table programme_budget_line (
    programme_id bigint not null references programme (id) on delete cascade,
    position     integer not null,
    label        text not null check (length(label) between 1 and 200),
    currency     char(3) not null check (currency ~ '^[A-Z]{3}$'),
    planned      numeric(16, 2) not null check (planned >= 0),
    received     numeric(16, 2) not null default 0 check (received >= 0),
    spent        numeric(16, 2) not null default 0 check (spent >= 0),
    primary key (programme_id, position)
);

-- the plan activities the programme serves; an activity deleted from its plan leaves the programme
create table programme_activity (
    programme_id bigint not null references programme (id) on delete cascade,
    activity_id  bigint not null references plan_activity (id) on delete cascade,
    primary key (programme_id, activity_id)
);

create table programme_document (
    programme_id bigint not null references programme (id) on delete cascade,
    position     integer not null,
    title        text check (length(title) <= 300),
    url          text not null check (length(url) between 1 and 1000),
    primary key (programme_id, position)
);

-- a target: what is measured (counted from the records, or a plans indicator for a manual figure), the baseline
create table programme_target (
    id           bigserial primary key,
    programme_id bigint not null references programme (id) on delete cascade,
    position     integer not null,
    measure      text not null check (measure in ('CHILDREN_ASSISTED', 'CHILDREN_RETURNED', 'CHILDREN_REINTEGRATED',
                     'COUNTRIES_COVERED', 'WORKSHOPS_HELD', 'PEOPLE_TRAINED', 'REFERRALS_COMPLETED',
                     'ACTIVITIES_COMPLETED', 'MANUAL')),
    label        text not null check (length(label) between 1 and 300),
    baseline     numeric(16, 2) check (baseline >= 0),
    indicator_id bigint references indicator (id) on delete set null,
    version      integer not null default 0,
    unique (programme_id, position),
    check ((measure = 'MANUAL') or indicator_id is null)
);
create index programme_target_programme_idx on programme_target (programme_id, position);

-- the value aimed at for a period (ISO period: 2024, 2024-Q1, 2024-S1, 2024-03)
create table programme_target_value (
    target_id    bigint not null references programme_target (id) on delete cascade,
    period       text not null check (length(period) between 4 and 7),
    period_start date not null,
    period_end   date not null,
    value        numeric(16, 2) not null check (value >= 0),
    primary key (target_id, period)
);

-- a case joins a programme on a day (from its return or reintegration section); counted only while enrolled
create table programme_enrolment (
    id           bigserial primary key,
    programme_id bigint not null references programme (id) on delete cascade,
    case_id      bigint not null references case_file (id) on delete cascade,
    enrolled_on  date not null,
    left_on      date,
    enrolled_by  text not null,
    enrolled_at  timestamptz not null default now(),
    unique (programme_id, case_id),
    check (left_on is null or left_on >= enrolled_on)
);
create index programme_enrolment_case_idx on programme_enrolment (case_id);

-- the narrative of the donor report of a period
create table programme_narrative (
    programme_id bigint not null references programme (id) on delete cascade,
    period       text not null check (length(period) between 4 and 7),
    narrative    text not null check (length(narrative) <= 8000),
    written_by   text not null,
    written_at   timestamptz not null default now(),
    primary key (programme_id, period)
);
