-- legal: international and regional instruments against trafficking in persons, each country's status per
-- instrument (signature, consent to be bound), and national laws. Every fact carries its source: a legal fact is
-- never recorded without one (issue 5). No row means "not recorded", which the harmonisation matrix shows as such.

create table legal_instrument (
    id          bigint generated always as identity primary key,
    title       varchar(500) not null,
    short_name  varchar(100) not null,
    kind        varchar(16) not null check (kind in ('INTERNATIONAL', 'REGIONAL')),
    -- the communities a regional instrument belongs to (codes of community); empty for an international one
    communities varchar(16)[] not null default '{}',
    adopted_on  date,
    in_force_on date,
    notes       varchar(2000),
    source      varchar(1000) not null check (length(btrim(source)) > 0),
    version     integer not null default 0,
    created_at  timestamptz not null default now(),
    updated_at  timestamptz not null default now(),
    check (in_force_on is null or adopted_on is null or in_force_on >= adopted_on)
);
create unique index legal_instrument_short_name_unique on legal_instrument (lower(short_name));

create table legal_status (
    id            bigint generated always as identity primary key,
    instrument_id bigint not null references legal_instrument (id),
    country_code  char(2) not null references country (code),
    signed_on     date,
    consent_kind  varchar(16) check (consent_kind in ('RATIFICATION', 'ACCESSION', 'ACCEPTANCE', 'APPROVAL',
                                                       'SUCCESSION')),
    consent_on    date,
    reservations  varchar(4000),
    source        varchar(1000) not null check (length(btrim(source)) > 0),
    version       integer not null default 0,
    created_at    timestamptz not null default now(),
    updated_at    timestamptz not null default now(),
    check ((consent_kind is null) = (consent_on is null)),
    unique (instrument_id, country_code)
);
create index legal_status_by_country on legal_status (country_code, instrument_id);

create table national_law (
    id                 bigint generated always as identity primary key,
    country_code       char(2) not null references country (code),
    title              varchar(500) not null,
    year               integer not null check (year between 1800 and 2200),
    -- HTCDS 2.0 vic_TypeOfExploitation value names (e.g. ForcedBegging)
    exploitation_types varchar(64)[] not null default '{}',
    child_specific     boolean not null,
    child_provisions   varchar(4000),
    penalties          varchar(4000),
    link               varchar(1000),
    source             varchar(1000) not null check (length(btrim(source)) > 0),
    version            integer not null default 0,
    created_at         timestamptz not null default now(),
    updated_at         timestamptz not null default now()
);
create index national_law_by_country on national_law (country_code, year, id);
