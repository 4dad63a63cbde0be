-- identity: people who sign in, their roles with scopes, and their personal access tokens.

create table app_user (
    id                bigint generated always as identity primary key,
    username          varchar(60) not null check (username ~ '^[a-z0-9][a-z0-9._-]{1,59}$'),
    display_name      varchar(120) not null,
    email             varchar(200),
    password_hash     varchar(500) not null,
    organisation_id   bigint references organisation (id),
    office_id         bigint references office (id),
    locale            varchar(5) not null default 'en' check (locale in ('en', 'fr', 'pt')),
    enabled           boolean not null default true,
    failed_logins     integer not null default 0,
    locked_until      timestamptz,
    totp_secret       varchar(200),
    totp_enabled      boolean not null default false,
    last_login_at     timestamptz,
    version           integer not null default 0,
    created_at        timestamptz not null default now(),
    updated_at        timestamptz not null default now()
);
create unique index app_user_username_unique on app_user (username);

-- A role is held with a scope: an office (case work), an organisation, a country (national coordination)
-- or a regional community (regional coordination). Scopes that do not apply stay null.
create table user_role (
    id              bigint generated always as identity primary key,
    user_id         bigint not null references app_user (id) on delete cascade,
    role            varchar(32) not null check (role in ('CASE_WORKER', 'CASE_SUPERVISOR', 'PARTNER',
                        'NATIONAL_COORDINATOR', 'REGIONAL_COORDINATOR', 'ME_OFFICER', 'EVENT_ORGANISER',
                        'OBSERVER', 'ADMINISTRATOR')),
    scope_country   char(2) references country (code),
    scope_community varchar(16) references community (code)
);
create index user_role_by_user on user_role (user_id);
create unique index user_role_unique on user_role (user_id, role, coalesce(scope_country, ''), coalesce(scope_community, ''));

create table api_token (
    id           bigint generated always as identity primary key,
    user_id      bigint not null references app_user (id) on delete cascade,
    name         varchar(100) not null,
    token_hash   char(64) not null,
    token_prefix varchar(12) not null,
    created_at   timestamptz not null default now(),
    expires_at   timestamptz not null,
    revoked_at   timestamptz,
    last_used_at timestamptz
);
create unique index api_token_hash_unique on api_token (token_hash);
create index api_token_by_user on api_token (user_id);
