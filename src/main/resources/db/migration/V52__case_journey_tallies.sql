-- Journey times in the tallies (issue 15, docs/decisions/0023-journey-times.md): how long after identification the
-- persons counted reached the three milestones of a child's journey — the best-interests determination approved, the
-- return arrived, the reintegration plan begun (its first component recorded) — as counts in five bands of days
-- (within 7, 30, 90 and 365 days, later), beside the persons of every combination of case_tally. Medians and
-- distributions are read from the bands, so the dashboards' filters and reaches apply unchanged and the tally keeps
-- its rows. Kept by the same function, in the same transaction, as the other counts.

-- The band of a number of days after identification: 1 within 7 days, 2 within 30, 3 within 90, 4 within 365,
-- 5 later; null when the milestone is not reached. A date recorded before the identification counts in the first.
create function journey_band(days integer) returns smallint
    language sql immutable
    return case when days is null then null
                when days <= 7 then 1 when days <= 30 then 2 when days <= 90 then 3 when days <= 365 then 4
                else 5 end;

alter table case_tally_member
    add column determined_days integer,     -- identification to the first approved best-interests determination
    add column returned_days   integer,     -- identification to the arrival of the return
    add column planned_days    integer;     -- identification to the first reintegration component recorded

alter table case_tally
    add column determined_7   integer not null default 0,
    add column determined_30  integer not null default 0,
    add column determined_90  integer not null default 0,
    add column determined_365 integer not null default 0,
    add column determined_later integer not null default 0,
    add column returned_7     integer not null default 0,
    add column returned_30    integer not null default 0,
    add column returned_90    integer not null default 0,
    add column returned_365   integer not null default 0,
    add column returned_later integer not null default 0,
    add column planned_7      integer not null default 0,
    add column planned_30     integer not null default 0,
    add column planned_90     integer not null default 0,
    add column planned_365    integer not null default 0,
    add column planned_later  integer not null default 0;

-- V49's values, with the days to each milestone (UTC dates of the decision and of the first component).
create or replace function case_tally_of(cases bigint[]) returns setof case_tally_member
    language sql stable
begin atomic
    select c.id, date_trunc('month', c.identified_on)::date, c.office_id, c.identified_country, c.citizenship, c.sex,
           c.age_at_identification, array(select f from unnest(c.exploitation_types) f order by f), c.referral_source,
           exists (select 1 from case_service s where s.case_id = c.id),
           exists (select 1 from case_return_plan r where r.case_id = c.id and r.status = 'ARRIVED'),
           c.closure_reason is not distinct from 'ReintegrationCompleted',
           (select min((d.decided_at at time zone 'UTC')::date) from case_bi_determination d
             where d.case_id = c.id and d.status = 'APPROVED') - c.identified_on,
           (select min(r.arrived_on) from case_return_plan r
             where r.case_id = c.id and r.status = 'ARRIVED') - c.identified_on,
           (select min((p.recorded_at at time zone 'UTC')::date) from case_reintegration_component p
             where p.case_id = c.id) - c.identified_on
      from case_file c
     where c.id = any(cases)
       and c.trafficking_status <> 'NotAVictimOfTrafficking'
       and c.closure_reason is distinct from 'DuplicateRecord';
end;

-- V50's sync, with the journey bands: a group is written when its persons change, or when its cases' outcomes or
-- milestones changed (more than one distinct set of them among what goes out and what comes in).
create or replace function case_tally_sync(cases bigint[]) returns void
    language plpgsql as $$
begin
    perform case_route_sync(cases);
    insert into case_tally as t (month, office_id, identified_country, citizenship, sex, age, forms, referral_source,
                                 persons, assisted, returned, reintegrated,
                                 determined_7, determined_30, determined_90, determined_365, determined_later,
                                 returned_7, returned_30, returned_90, returned_365, returned_later,
                                 planned_7, planned_30, planned_90, planned_365, planned_later)
    select month, office_id, identified_country, citizenship, sex, age, forms, referral_source,
           sum(delta), coalesce(sum(delta) filter (where assisted), 0),
           coalesce(sum(delta) filter (where returned), 0), coalesce(sum(delta) filter (where reintegrated), 0),
           coalesce(sum(delta) filter (where journey_band(determined_days) = 1), 0),
           coalesce(sum(delta) filter (where journey_band(determined_days) = 2), 0),
           coalesce(sum(delta) filter (where journey_band(determined_days) = 3), 0),
           coalesce(sum(delta) filter (where journey_band(determined_days) = 4), 0),
           coalesce(sum(delta) filter (where journey_band(determined_days) = 5), 0),
           coalesce(sum(delta) filter (where journey_band(returned_days) = 1), 0),
           coalesce(sum(delta) filter (where journey_band(returned_days) = 2), 0),
           coalesce(sum(delta) filter (where journey_band(returned_days) = 3), 0),
           coalesce(sum(delta) filter (where journey_band(returned_days) = 4), 0),
           coalesce(sum(delta) filter (where journey_band(returned_days) = 5), 0),
           coalesce(sum(delta) filter (where journey_band(planned_days) = 1), 0),
           coalesce(sum(delta) filter (where journey_band(planned_days) = 2), 0),
           coalesce(sum(delta) filter (where journey_band(planned_days) = 3), 0),
           coalesce(sum(delta) filter (where journey_band(planned_days) = 4), 0),
           coalesce(sum(delta) filter (where journey_band(planned_days) = 5), 0)
      from (select m.*, -1 as delta from case_tally_member m where m.case_id = any(cases)
            union all
            select n.*, 1 from case_tally_of(cases) n) moved
     group by 1, 2, 3, 4, 5, 6, 7, 8
    having sum(delta) <> 0
        or count(distinct (assisted, returned, reintegrated, journey_band(determined_days),
                           journey_band(returned_days), journey_band(planned_days))) > 1
     order by 1, 2, 3, 4, 5, 6, 7, 8
    on conflict (month, office_id, identified_country, citizenship, sex, age, forms, referral_source) do update
       set persons = t.persons + excluded.persons,
           assisted = t.assisted + excluded.assisted,
           returned = t.returned + excluded.returned,
           reintegrated = t.reintegrated + excluded.reintegrated,
           determined_7 = t.determined_7 + excluded.determined_7,
           determined_30 = t.determined_30 + excluded.determined_30,
           determined_90 = t.determined_90 + excluded.determined_90,
           determined_365 = t.determined_365 + excluded.determined_365,
           determined_later = t.determined_later + excluded.determined_later,
           returned_7 = t.returned_7 + excluded.returned_7,
           returned_30 = t.returned_30 + excluded.returned_30,
           returned_90 = t.returned_90 + excluded.returned_90,
           returned_365 = t.returned_365 + excluded.returned_365,
           returned_later = t.returned_later + excluded.returned_later,
           planned_7 = t.planned_7 + excluded.planned_7,
           planned_30 = t.planned_30 + excluded.planned_30,
           planned_90 = t.planned_90 + excluded.planned_90,
           planned_365 = t.planned_365 + excluded.planned_365,
           planned_later = t.planned_later + excluded.planned_later;
    delete from case_tally_member where case_id = any(cases);
    insert into case_tally_member select * from case_tally_of(cases);
end $$;

-- V50's rebuild, with the journey bands.
create or replace function case_tally_rebuild() returns void
    language plpgsql as $$
begin
    delete from case_tally_member;
    delete from case_tally;
    delete from case_route_member;
    delete from case_route_tally;
    insert into case_tally_member select * from case_tally_of(array(select id from case_file));
    insert into case_tally (month, office_id, identified_country, citizenship, sex, age, forms, referral_source,
                            persons, assisted, returned, reintegrated,
                            determined_7, determined_30, determined_90, determined_365, determined_later,
                            returned_7, returned_30, returned_90, returned_365, returned_later,
                            planned_7, planned_30, planned_90, planned_365, planned_later)
    select month, office_id, identified_country, citizenship, sex, age, forms, referral_source,
           count(*), count(*) filter (where assisted), count(*) filter (where returned),
           count(*) filter (where reintegrated),
           count(*) filter (where journey_band(determined_days) = 1),
           count(*) filter (where journey_band(determined_days) = 2),
           count(*) filter (where journey_band(determined_days) = 3),
           count(*) filter (where journey_band(determined_days) = 4),
           count(*) filter (where journey_band(determined_days) = 5),
           count(*) filter (where journey_band(returned_days) = 1),
           count(*) filter (where journey_band(returned_days) = 2),
           count(*) filter (where journey_band(returned_days) = 3),
           count(*) filter (where journey_band(returned_days) = 4),
           count(*) filter (where journey_band(returned_days) = 5),
           count(*) filter (where journey_band(planned_days) = 1),
           count(*) filter (where journey_band(planned_days) = 2),
           count(*) filter (where journey_band(planned_days) = 3),
           count(*) filter (where journey_band(planned_days) = 4),
           count(*) filter (where journey_band(planned_days) = 5)
      from case_tally_member
     group by 1, 2, 3, 4, 5, 6, 7, 8;
    insert into case_route_member select * from case_route_of(array(select distinct case_id from case_route_leg));
    insert into case_route_tally (month, office_id, identified_country, citizenship, sex, age, forms, route,
                                  persons, assisted, returned, reintegrated)
    select m.month, m.office_id, m.identified_country, m.citizenship, m.sex, m.age, m.forms, r.route,
           count(*), count(*) filter (where m.assisted), count(*) filter (where m.returned),
           count(*) filter (where m.reintegrated)
      from case_tally_member m
      join case_route_member r on r.case_id = m.case_id
     group by 1, 2, 3, 4, 5, 6, 7, 8;
end $$;

-- The milestones' own tables call the same sync: a determination approved (or its approval undone), a reintegration
-- component recorded or taken out. The returns' triggers are V49's.
create trigger case_tally_determination_inserted after insert on case_bi_determination
    referencing new table as new_rows for each statement execute function case_tally_changed();
create trigger case_tally_determination_updated after update on case_bi_determination
    referencing old table as old_rows new table as new_rows
    for each statement execute function case_tally_changed();
create trigger case_tally_determination_deleted after delete on case_bi_determination
    referencing old table as old_rows for each statement execute function case_tally_changed();
create trigger case_tally_determination_truncated after truncate on case_bi_determination
    for each statement execute function case_tally_changed();

create trigger case_tally_component_inserted after insert on case_reintegration_component
    referencing new table as new_rows for each statement execute function case_tally_changed();
create trigger case_tally_component_updated after update on case_reintegration_component
    referencing old table as old_rows new table as new_rows
    for each statement execute function case_tally_changed();
create trigger case_tally_component_deleted after delete on case_reintegration_component
    referencing old table as old_rows for each statement execute function case_tally_changed();
create trigger case_tally_component_truncated after truncate on case_reintegration_component
    for each statement execute function case_tally_changed();

-- Every count again, the journeys with them.
select case_tally_rebuild();
