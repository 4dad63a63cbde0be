-- events (issue 13): workshops, conferences, trainings, meetings and awareness activities (campaign launches), their
-- organisers and funders (organisations of the directory), the plan activities they serve, their outputs (links) and
-- the event a follow-up repeats or condenses. Status PLANNED -> HELD -> REPORTED, or CANCELLED, each with its day.

create table event (
    id              bigserial primary key,
    kind            text not null check (kind in ('WORKSHOP', 'CONFERENCE', 'TRAINING', 'MEETING', 'AWARENESS')),
    title           text not null check (length(title) between 1 and 300),
    -- the first and last day, both null when the source gives no date at all; how much of them is known: DAY,
    -- MONTH ("October 2023") or YEAR
    start_on        date,
    end_on          date,
    date_precision  text not null default 'DAY' check (date_precision in ('DAY', 'MONTH', 'YEAR')),
    -- false when the source gives the day and month but no year ("24-26 March"): the dates then carry the
    -- placeholder year 2000, which is never shown, and date filters leave the event out
    year_given      boolean not null default true,
    city            text check (length(city) <= 120),
    country_code    char(2) references country (code),
    target_audience text check (length(target_audience) <= 1000),
    languages       text[] not null default '{}',
    agenda          text check (length(agenda) <= 4000),
    follows_id      bigint references event (id) on delete set null,
    status          text not null default 'PLANNED' check (status in ('PLANNED', 'HELD', 'REPORTED', 'CANCELLED')),
    held_on         date,
    reported_on     date,
    cancelled_on    date,
    -- where the facts come from (a press release of the seeds); shown on the event page
    source          text check (length(source) <= 1000),
    version         integer not null default 0,
    created_by      text,
    created_at      timestamptz not null default now(),
    updated_at      timestamptz not null default now(),
    check ((start_on is null) = (end_on is null)),
    check (start_on <= end_on),
    check (follows_id is null or follows_id <> id),
    check (year_given or date_precision <> 'YEAR'),
    -- the day of each status; a source may say an event was held without saying when (held_on null)
    check (held_on is null or status in ('HELD', 'REPORTED')),
    check ((status = 'REPORTED') = (reported_on is not null)),
    check ((status = 'CANCELLED') = (cancelled_on is not null))
);
create index event_start_idx on event ((start_on is null), year_given desc, start_on desc, id desc);
create index event_country_idx on event (country_code);
create index event_follows_idx on event (follows_id) where follows_id is not null;

-- organisers and funders, one organisation per row and role
create table event_organisation (
    event_id        bigint not null references event (id) on delete cascade,
    organisation_id bigint not null references organisation (id),
    role            text not null check (role in ('ORGANISER', 'FUNDER')),
    primary key (event_id, role, organisation_id)
);
create index event_organisation_org_idx on event_organisation (organisation_id, role);

-- the plan activities an event serves; an activity deleted from its plan leaves the event
create table event_activity (
    event_id    bigint not null references event (id) on delete cascade,
    activity_id bigint not null references plan_activity (id) on delete cascade,
    primary key (event_id, activity_id)
);
create index event_activity_activity_idx on event_activity (activity_id);

-- outputs: documents, recommendations, best practices agreed, as links
create table event_output (
    event_id bigint not null references event (id) on delete cascade,
    position integer not null,
    title    text not null check (length(title) between 1 and 300),
    url      text not null check (length(url) <= 1000 and url ~ '^https?://'),
    primary key (event_id, position)
);
