-- cases: one person assisted. Identifying fields are encrypted by the application (AES-GCM, values "v1:<key>:...")
-- before they reach this database; names are found through keyed digests of normalised and phonetic name tokens
-- (case_name_key), never through clear text. Code-list columns hold HTCDS 2.0 value names (org.sankofa.cases).

-- Readable case numbers that carry no name: office code, year, sequence (SN-DKR-2026-00042).
create table case_number_counter (
    office_id  bigint not null references office (id),
    year       integer not null,
    last_value integer not null,
    primary key (office_id, year)
);

create table case_file (
    id                       bigint generated always as identity primary key,
    case_number              varchar(40) not null,
    office_id                bigint not null references office (id),   -- the office that owns the case (need to know)
    assigned_to              bigint references app_user (id),
    status                   varchar(20) not null default 'Active'
                             check (status in ('Active', 'FollowUp', 'Closed', 'ClosedReferred')),
    -- identification and screening
    identified_on            date not null,
    identified_country       char(2) not null references country (code),
    identified_city          varchar(120),
    identifying_office_id    bigint not null references office (id),
    referral_source          varchar(32) not null,
    trafficking_status       varchar(40) not null,
    status_decided_by        varchar(40),
    status_decided_by_org_id bigint references organisation (id),
    -- person, as far as statistics and filters need it in clear (no name, no exact date of birth)
    sex                      varchar(32) not null,
    age_at_identification    smallint not null check (age_at_identification between 0 and 120),
    age_estimated            boolean not null,
    is_child                 boolean generated always as (age_at_identification < 18) stored,
    citizenship              char(2) references country (code),
    languages                varchar(12)[] not null default '{}',
    exploitation_types       varchar(40)[] not null default '{}',
    -- closure
    closed_on                date,
    closure_reason           varchar(40),
    version                  integer not null default 0,
    created_by               bigint references app_user (id),
    created_at               timestamptz not null default now(),
    updated_at               timestamptz not null default now(),
    check ((status in ('Closed', 'ClosedReferred')) = (closed_on is not null))
);
create unique index case_file_number_unique on case_file (case_number);
-- The case list: an office's cases, newest identification first, read by keyset.
create index case_file_by_office on case_file (office_id, identified_on desc, id desc);
create index case_file_by_date on case_file (identified_on desc, id desc);
create index case_file_exploitation on case_file using gin (exploitation_types);

-- Who the person is: every value here is ciphertext.
create table case_person (
    case_id            bigint primary key references case_file (id) on delete cascade,
    given_names        text not null,
    family_name        text,
    aliases            text,
    date_of_birth      text,
    contact            text,
    address            text,
    guardian_name      text,
    guardian_contact   text,
    guardian_relation  varchar(40)
);

-- Blind index of the person's names: keyed digests of name tokens (see docs/decisions/0004). The owning office is
-- repeated here so that a name search is scoped by need to know in the index itself.
create table case_name_key (
    name_key  bigint not null,
    office_id bigint not null,
    case_id   bigint not null references case_file (id) on delete cascade,
    primary key (name_key, office_id, case_id)
);
create index case_name_key_by_case on case_name_key (case_id);

-- Consent per purpose; for a child, the guardian's consent and the child's assent.
create table case_consent (
    id               bigint generated always as identity primary key,
    case_id          bigint not null references case_file (id) on delete cascade,
    purpose          varchar(32) not null check (purpose in ('ASSISTANCE', 'PARTNER_SHARING', 'CROSS_BORDER_SHARING',
                                                             'ANONYMISED_STATISTICS')),
    given_by         varchar(16) not null check (given_by in ('PERSON', 'GUARDIAN')),
    given_on         date not null,
    guardian_consent boolean not null default false,
    child_assent     boolean not null default false,
    withdrawn_on     date,
    recorded_by      bigint references app_user (id),
    recorded_at      timestamptz not null default now(),
    check (withdrawn_on is null or withdrawn_on >= given_on)
);
create index case_consent_by_case on case_consent (case_id);

-- Trafficking profile (HTCDS vic_*): one per case.
create table case_profile (
    case_id                 bigint primary key references case_file (id) on delete cascade,
    recruitment_method      varchar(40),
    control_methods         varchar(40)[] not null default '{}',
    forced_labour_industry  varchar(60),
    sex_exploitation_type   varchar(40),
    recruiter_relation      varchar(40),
    recruitment_country     char(2) references country (code),
    recruitment_place       varchar(120),
    exploitation_country    char(2) references country (code),
    exploitation_place      varchar(120),
    narrative               text          -- ciphertext
);

-- The route: origin, transit and destination countries with dates.
create table case_route_leg (
    id         bigint generated always as identity primary key,
    case_id    bigint not null references case_file (id) on delete cascade,
    position   smallint not null,
    country    char(2) not null references country (code),
    role       varchar(12) not null check (role in ('ORIGIN', 'TRANSIT', 'DESTINATION')),
    arrived_on date,
    left_on    date,
    unique (case_id, position),
    check (left_on is null or arrived_on is null or left_on >= arrived_on)
);

-- Referrals to partner organisations (sent → accepted / declined → completed). A partner sees a case only through
-- a referral to its organisation, and only the parts the referral shares.
create table case_referral (
    id               bigint generated always as identity primary key,
    case_id          bigint not null references case_file (id) on delete cascade,
    partner_org_id   bigint not null references organisation (id),
    service_type     varchar(32) not null,
    status           varchar(12) not null default 'SENT'
                     check (status in ('SENT', 'ACCEPTED', 'DECLINED', 'COMPLETED')),
    shares           varchar(32)[] not null default '{}',  -- which parts the partner may see, e.g. NAME, AGE, NEEDS
    message          text,                                  -- ciphertext
    sent_on          date not null,
    sent_by          bigint references app_user (id),
    responded_on     date,
    responded_by     bigint references app_user (id),
    response_note    text,                                  -- ciphertext
    completed_on     date,
    version          integer not null default 0
);
create index case_referral_by_case on case_referral (case_id);
create index case_referral_by_partner on case_referral (partner_org_id, status, case_id);
