-- plans: action plans against trafficking, their tree (strategic areas tagged with a pillar -> objectives ->
-- activities), indicators with targets and values per ISO period, and progress reports per plan and period.
-- Evaluations, logframe import/export and computed indicators come later; indicator.source and
-- indicator.computed_key are here so that a computed indicator needs no change to this table.

create table action_plan (
    id                  bigserial primary key,
    title               text not null check (length(title) between 1 and 300),
    scope               text not null check (scope in ('NATIONAL', 'REGIONAL', 'BI_REGIONAL', 'INTERREGIONAL')),
    status              text not null check (status in ('DRAFT', 'ADOPTED', 'IN_FORCE', 'EXPIRED', 'SUPERSEDED')),
    -- the period in force; either end may be unknown (not given by the source)
    period_start        date,
    period_end          date,
    adopted_on          date,
    -- how much of adopted_on is known: DAY, MONTH (e.g. "November 2006") or YEAR
    adopted_precision   text check (adopted_precision in ('DAY', 'MONTH', 'YEAR')),
    adopted_place       text check (length(adopted_place) <= 120),
    launched_on         date,
    launched_place      text check (length(launched_place) <= 120),
    supersedes_id       bigint references action_plan (id),
    coordinating_org_id bigint references organisation (id),
    coordinating_body   text check (length(coordinating_body) <= 300),
    description         text check (length(description) <= 4000),
    -- where the facts come from (e.g. a press release of the seeds); shown on the plan page
    source              text check (length(source) <= 1000),
    version             integer not null default 0,
    created_by          text,
    created_at          timestamptz not null default now(),
    updated_at          timestamptz not null default now(),
    check (period_start is null or period_end is null or period_start <= period_end),
    check (supersedes_id is null or supersedes_id <> id)
);
create index action_plan_status_idx on action_plan (status);
create unique index action_plan_supersedes_idx on action_plan (supersedes_id) where supersedes_id is not null;

-- parties: a country (ISO alpha-2) or a community (directory code), one per row
create table plan_party (
    plan_id        bigint not null references action_plan (id) on delete cascade,
    country_code   char(2) references country (code),
    community_code text references community (code),
    check ((country_code is null) <> (community_code is null))
);
create unique index plan_party_country_idx on plan_party (plan_id, country_code) where country_code is not null;
create unique index plan_party_community_idx on plan_party (plan_id, community_code) where community_code is not null;
create index plan_party_country_lookup_idx on plan_party (country_code) where country_code is not null;

-- partners and funders: an organisation of the directory and/or a name, with a note (e.g. the initiative)
create table plan_partner (
    id              bigserial primary key,
    plan_id         bigint not null references action_plan (id) on delete cascade,
    kind            text not null check (kind in ('PARTNER', 'FUNDER')),
    organisation_id bigint references organisation (id),
    name            text check (length(name) <= 300),
    note            text check (length(note) <= 500),
    position        integer not null default 0,
    check (organisation_id is not null or name is not null)
);
create index plan_partner_plan_idx on plan_partner (plan_id);

create table plan_document (
    id       bigserial primary key,
    plan_id  bigint not null references action_plan (id) on delete cascade,
    title    text not null check (length(title) between 1 and 300),
    url      text not null check (url ~* '^https?://' and length(url) <= 500),
    position integer not null default 0
);
create index plan_document_plan_idx on plan_document (plan_id);

create table strategic_area (
    id          bigserial primary key,
    plan_id     bigint not null references action_plan (id) on delete cascade,
    position    integer not null,
    title       text not null check (length(title) between 1 and 300),
    pillar      text not null check (pillar in ('PREVENTION', 'PROTECTION', 'PROSECUTION', 'PARTNERSHIP', 'OTHER')),
    description text check (length(description) <= 2000)
);
create index strategic_area_plan_idx on strategic_area (plan_id, position);

create table plan_objective (
    id       bigserial primary key,
    area_id  bigint not null references strategic_area (id) on delete cascade,
    position integer not null,
    title    text not null check (length(title) between 1 and 300)
);
create index plan_objective_area_idx on plan_objective (area_id, position);

create table plan_activity (
    id                 bigserial primary key,
    objective_id       bigint not null references plan_objective (id) on delete cascade,
    position           integer not null,
    title              text not null check (length(title) between 1 and 300),
    lead_org_id        bigint references organisation (id),
    lead_text          text check (length(lead_text) <= 300),
    supporting_org_ids bigint[] not null default '{}',
    supporting_text    text check (length(supporting_text) <= 500),
    planned_start      date,
    planned_end        date,
    actual_start       date,
    actual_end         date,
    status             text not null default 'NOT_STARTED'
                       check (status in ('NOT_STARTED', 'ONGOING', 'COMPLETED', 'DELAYED', 'CANCELLED')),
    budget_planned     numeric(16, 2) check (budget_planned >= 0),
    budget_secured     numeric(16, 2) check (budget_secured >= 0),
    budget_spent       numeric(16, 2) check (budget_spent >= 0),
    currency           char(3) check (currency ~ '^[A-Z]{3}$'),
    funder_org_id      bigint references organisation (id),
    funder_text        text check (length(funder_text) <= 300),
    version            integer not null default 0,
    check (planned_start is null or planned_end is null or planned_start <= planned_end),
    check (actual_start is null or actual_end is null or actual_start <= actual_end)
);
create index plan_activity_objective_idx on plan_activity (objective_id, position);

-- an indicator belongs to a plan, and optionally to one of its areas or objectives
create table indicator (
    id             bigserial primary key,
    plan_id        bigint not null references action_plan (id) on delete cascade,
    area_id        bigint references strategic_area (id) on delete cascade,
    objective_id   bigint references plan_objective (id) on delete cascade,
    code           text check (length(code) <= 40),
    definition     text not null check (length(definition) between 1 and 1000),
    measure        text not null check (measure in ('NUMBER', 'PERCENT', 'RATIO', 'YES_NO', 'TEXT')),
    direction      text not null default 'HIGHER_IS_BETTER' check (direction in ('HIGHER_IS_BETTER', 'LOWER_IS_BETTER')),
    unit           text check (length(unit) <= 60),
    baseline       numeric(18, 4),
    baseline_text  text check (length(baseline_text) <= 300),
    baseline_period text check (length(baseline_period) <= 7),
    disaggregations text[] not null default '{}',
    source         text not null default 'MANUAL' check (source in ('MANUAL', 'COMPUTED')),
    -- for COMPUTED indicators: which computation (e.g. cases.victims-identified); null for MANUAL
    computed_key   text check (length(computed_key) <= 80),
    refs           text[] not null default '{}',
    version        integer not null default 0,
    check (area_id is null or objective_id is null),
    check (source = 'COMPUTED' or computed_key is null)
);
create index indicator_plan_idx on indicator (plan_id);

create table indicator_target (
    indicator_id bigint not null references indicator (id) on delete cascade,
    period       text not null check (length(period) between 4 and 7),
    target       numeric(18, 4),
    target_text  text check (length(target_text) <= 300),
    primary key (indicator_id, period)
);

create table indicator_value (
    id           bigserial primary key,
    indicator_id bigint not null references indicator (id) on delete cascade,
    period       text not null check (length(period) between 4 and 7),
    period_start date not null,
    period_end   date not null,
    value        numeric(18, 4),
    numerator    numeric(18, 4),
    denominator  numeric(18, 4) check (denominator > 0),
    value_text   text check (length(value_text) <= 2000),
    evidence     text check (length(evidence) <= 1000),
    comment      text check (length(comment) <= 2000),
    -- demo values are synthetic, and the pages say so
    synthetic    boolean not null default false,
    entered_by   text not null,
    entered_at   timestamptz not null default now(),
    version      integer not null default 0,
    unique (indicator_id, period)
);

-- a disaggregated part of a value: e.g. dimension SEX, category FEMALE, value 12
create table indicator_value_part (
    value_id  bigint not null references indicator_value (id) on delete cascade,
    dimension text not null check (dimension in ('SEX', 'AGE_GROUP', 'COUNTRY', 'FORM_OF_EXPLOITATION')),
    category  text not null check (length(category) between 1 and 60),
    value     numeric(18, 4) not null,
    primary key (value_id, dimension, category)
);

create table progress_report (
    id           bigserial primary key,
    plan_id      bigint not null references action_plan (id) on delete cascade,
    period       text not null check (length(period) between 4 and 7),
    period_start date not null,
    period_end   date not null,
    status       text not null default 'DRAFT' check (status in ('DRAFT', 'SUBMITTED', 'APPROVED', 'LOCKED')),
    created_by   text not null,
    created_at   timestamptz not null default now(),
    submitted_by text,
    submitted_at timestamptz,
    approved_by  text,
    approved_at  timestamptz,
    locked_at    timestamptz,
    version      integer not null default 0,
    unique (plan_id, period)
);
-- the lock check: is a value's period covered by an approved report of its plan?
create index progress_report_lock_idx on progress_report (plan_id, period_start, period_end)
    where status in ('APPROVED', 'LOCKED');

create table progress_narrative (
    report_id bigint not null references progress_report (id) on delete cascade,
    area_id   bigint not null references strategic_area (id) on delete cascade,
    narrative text not null check (length(narrative) <= 8000),
    primary key (report_id, area_id)
);
