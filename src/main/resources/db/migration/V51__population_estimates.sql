-- Population estimates, the denominators of SDG indicator 16.2.2 (detected victims of trafficking per 100,000
-- population; issue 15, decision 0022): per country, year, sex and age group, as an official source publishes them —
-- imported by users from a file they name the source of, never invented. An age group runs from age_from to age_to
-- (both included); age_to null is "and over" (100+). Nothing about any person.
create table population_estimate (
    country     char(2) not null,
    year        smallint not null check (year between 1950 and 2100),
    sex         varchar(16) not null check (sex in ('Feminine', 'Masculine')),
    age_from    smallint not null check (age_from between 0 and 150),
    age_to      smallint check (age_to between age_from and 150),
    population  bigint not null check (population >= 0),
    source      varchar(300) not null check (length(btrim(source)) > 0),
    imported_by varchar(100) not null,
    imported_at timestamptz not null default now(),
    primary key (country, year, sex, age_from)
);
