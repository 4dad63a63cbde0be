-- directory: the services partner organisations offer (issue 14), kept up to date by the partners themselves, and
-- the place of offices on the map. A removed service stays (removed_at) so that the referrals that went to it keep
-- naming it; lists leave removed services out.
create table partner_service (
    id               bigint generated always as identity primary key,
    organisation_id  bigint not null references organisation (id),
    service_type     varchar(32) not null,
    name             varchar(200),
    served_groups    varchar(8)[] not null check (cardinality(served_groups) between 1 and 3
                         and served_groups <@ array['CHILDREN', 'WOMEN', 'MEN']::varchar(8)[]),
    country_code     char(2) not null references country (code),
    city             varchar(120) not null,
    latitude         numeric(7, 5) check (latitude between -90 and 90),
    longitude        numeric(8, 5) check (longitude between -180 and 180),
    capacity         integer check (capacity between 0 and 100000),
    availability     varchar(10) not null check (availability in ('AVAILABLE', 'LIMITED', 'FULL', 'SUSPENDED')),
    languages        varchar(3)[] not null default '{}',
    contact_name     varchar(200),
    contact_phone    varchar(40),
    contact_email    varchar(200),
    hours            varchar(200),
    confirmed_on     date not null,
    synthetic        boolean not null default false,   -- demo entries, and the pages say so
    removed_at       timestamptz,
    version          integer not null default 0,
    created_at       timestamptz not null default now(),
    updated_at       timestamptz not null default now(),
    check ((latitude is null) = (longitude is null))
);
-- the list and the API filter by country (and city, type); the organisation page lists its own
create index partner_service_by_place on partner_service (country_code, service_type) where removed_at is null;
create index partner_service_by_organisation on partner_service (organisation_id) where removed_at is null;

alter table office
    add column latitude  numeric(7, 5) check (latitude between -90 and 90),
    add column longitude numeric(8, 5) check (longitude between -180 and 180),
    add constraint office_point_whole check ((latitude is null) = (longitude is null));

-- cases: a referral records the partner's service it went to (when picked from the directory)
alter table case_referral add column partner_service_id bigint references partner_service (id);
create index case_referral_by_partner_service on case_referral (partner_service_id)
    where partner_service_id is not null;
