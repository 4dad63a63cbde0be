-- events (issue 14): the funded programmes an event serves (module programmes), so that a programme's targets
-- "workshops held" and "people trained" are counted from the events themselves.
create table event_programme (
    event_id     bigint not null references event (id) on delete cascade,
    programme_id bigint not null references programme (id) on delete cascade,
    primary key (event_id, programme_id)
);
create index event_programme_programme_idx on event_programme (programme_id);
