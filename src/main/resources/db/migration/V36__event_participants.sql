-- events (issue 13): the participants of an event and their attendance per day. Participants' names and contacts are
-- personal data: only the event's organisers and administrators read them (EventAccess); everyone else who reads the
-- event sees counts. Participants of the demo are synthetic and marked so.

create table event_participant (
    id               bigserial primary key,
    event_id         bigint not null references event (id) on delete cascade,
    name             text not null check (length(name) between 1 and 200),
    organisation     text check (length(organisation) <= 200),
    country_code     char(2) references country (code),
    institution_type text not null check (institution_type in ('POLICE', 'BORDER', 'JUDICIARY', 'LABOUR_INSPECTION',
                                          'SOCIAL_SERVICES', 'NGO', 'UN_AGENCY', 'OTHER')),
    sex              text not null check (sex in ('FEMALE', 'MALE', 'NOT_STATED')),
    contact          text check (length(contact) <= 200),
    synthetic        boolean not null default false,
    created_by       text,
    created_at       timestamptz not null default now()
);
create index event_participant_event_idx on event_participant (event_id, id);

-- one row per participant and day present; the day is one of the event's days (checked by the application)
create table event_attendance (
    participant_id bigint not null references event_participant (id) on delete cascade,
    day            date not null,
    primary key (participant_id, day)
);
