-- events (issue 13): the reach of an awareness activity or campaign launch — how many people it reached, whether that
-- number was counted or estimated, and how (a head count at the meeting, a radio audience survey, posters printed
-- times an estimate of readers...). Aggregate figures only, never a person. Counted in the plans' computed indicators
-- (events.awareness-reach) and on the organiser's home page.
alter table event
    add column reach        integer check (reach >= 0),
    add column reach_basis  text check (reach_basis in ('COUNTED', 'ESTIMATED')),
    add column reach_method text check (length(reach_method) <= 500),
    add constraint event_reach_basis check ((reach is null) = (reach_basis is null)),
    add constraint event_reach_method check (reach is not null or reach_method is null);

-- the plans' computed indicators count events and their participants by the day they were held
create index if not exists event_held_day_idx
    on event ((coalesce(case when year_given then start_on end, held_on)))
    where status in ('HELD', 'REPORTED');
