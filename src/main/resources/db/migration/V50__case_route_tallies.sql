-- The routes of the persons counted, for the statistics' flows and corridors (issue 15, decision 0021): case_route_tally
-- counts persons per route — the countries they were moved through, in the order of the case's route legs, a country
-- repeated on consecutive legs written once — beside the same clear values as case_tally (month, office, country of
-- identification, citizenship, sex, age, forms), so that the dashboards' filters and reaches apply to it unchanged.
-- It is kept by the same function, in the same transaction, as case_tally. Persons whose case has no route leg are
-- not in it. Nothing identifying: no case, no name, no place below the country.

-- Each case's route as last counted, so that a change can take out exactly what the case added before.
create table case_route_member (
    case_id bigint primary key,
    route   char(2)[] not null
);

create table case_route_tally (
    month              date not null,
    office_id          bigint not null,
    identified_country char(2) not null,
    citizenship        char(2),
    sex                varchar(32) not null,
    age                smallint not null,
    forms              varchar(40)[] not null,
    route              char(2)[] not null,
    persons            integer not null,
    assisted           integer not null,
    returned           integer not null,
    reintegrated       integer not null,
    unique nulls not distinct (month, office_id, identified_country, citizenship, sex, age, forms, route)
);

-- The routes of the given cases now: the countries of their legs in order, consecutive repeats once.
create function case_route_of(cases bigint[]) returns setof case_route_member
    language sql stable
begin atomic
    select case_id, array_agg(country order by position)
      from (select l.case_id, l.position, l.country,
                   lag(l.country) over (partition by l.case_id order by l.position) as previous
              from case_route_leg l
             where l.case_id = any(cases)) legs
     where previous is distinct from country
     group by case_id;
end;

-- The route part of a sync, run before case_tally_member is replaced: what the cases added before (their members
-- and routes as last counted) goes out, what they add now comes in.
create function case_route_sync(cases bigint[]) returns void
    language plpgsql as $$
begin
    insert into case_route_tally as t (month, office_id, identified_country, citizenship, sex, age, forms, route,
                                       persons, assisted, returned, reintegrated)
    select month, office_id, identified_country, citizenship, sex, age, forms, route,
           sum(delta), coalesce(sum(delta) filter (where assisted), 0),
           coalesce(sum(delta) filter (where returned), 0), coalesce(sum(delta) filter (where reintegrated), 0)
      from (select m.month, m.office_id, m.identified_country, m.citizenship, m.sex, m.age, m.forms, r.route,
                   m.assisted, m.returned, m.reintegrated, -1 as delta
              from case_tally_member m
              join case_route_member r on r.case_id = m.case_id
             where m.case_id = any(cases)
            union all
            select n.month, n.office_id, n.identified_country, n.citizenship, n.sex, n.age, n.forms, r.route,
                   n.assisted, n.returned, n.reintegrated, 1
              from case_tally_of(cases) n
              join case_route_of(cases) r on r.case_id = n.case_id) moved
     group by 1, 2, 3, 4, 5, 6, 7, 8
    having sum(delta) <> 0 or sum(delta) filter (where assisted) <> 0 or sum(delta) filter (where returned) <> 0
        or sum(delta) filter (where reintegrated) <> 0
     order by 1, 2, 3, 4, 5, 6, 7, 8
    on conflict (month, office_id, identified_country, citizenship, sex, age, forms, route) do update
       set persons = t.persons + excluded.persons,
           assisted = t.assisted + excluded.assisted,
           returned = t.returned + excluded.returned,
           reintegrated = t.reintegrated + excluded.reintegrated;
    delete from case_route_member where case_id = any(cases);
    insert into case_route_member select * from case_route_of(cases);
end $$;

-- V49's sync, with the routes first.
create or replace function case_tally_sync(cases bigint[]) returns void
    language plpgsql as $$
begin
    perform case_route_sync(cases);
    insert into case_tally as t (month, office_id, identified_country, citizenship, sex, age, forms, referral_source,
                                 persons, assisted, returned, reintegrated)
    select month, office_id, identified_country, citizenship, sex, age, forms, referral_source,
           sum(delta), coalesce(sum(delta) filter (where assisted), 0),
           coalesce(sum(delta) filter (where returned), 0), coalesce(sum(delta) filter (where reintegrated), 0)
      from (select m.*, -1 as delta from case_tally_member m where m.case_id = any(cases)
            union all
            select n.*, 1 from case_tally_of(cases) n) moved
     group by 1, 2, 3, 4, 5, 6, 7, 8
    having sum(delta) <> 0 or sum(delta) filter (where assisted) <> 0 or sum(delta) filter (where returned) <> 0
        or sum(delta) filter (where reintegrated) <> 0
     order by 1, 2, 3, 4, 5, 6, 7, 8
    on conflict (month, office_id, identified_country, citizenship, sex, age, forms, referral_source) do update
       set persons = t.persons + excluded.persons,
           assisted = t.assisted + excluded.assisted,
           returned = t.returned + excluded.returned,
           reintegrated = t.reintegrated + excluded.reintegrated;
    delete from case_tally_member where case_id = any(cases);
    insert into case_tally_member select * from case_tally_of(cases);
end $$;

-- V49's rebuild, with the routes.
create or replace function case_tally_rebuild() returns void
    language plpgsql as $$
begin
    delete from case_tally_member;
    delete from case_tally;
    delete from case_route_member;
    delete from case_route_tally;
    insert into case_tally_member select * from case_tally_of(array(select id from case_file));
    insert into case_tally (month, office_id, identified_country, citizenship, sex, age, forms, referral_source,
                            persons, assisted, returned, reintegrated)
    select month, office_id, identified_country, citizenship, sex, age, forms, referral_source,
           count(*), count(*) filter (where assisted), count(*) filter (where returned),
           count(*) filter (where reintegrated)
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

create trigger case_tally_route_inserted after insert on case_route_leg referencing new table as new_rows
    for each statement execute function case_tally_changed();
create trigger case_tally_route_updated after update on case_route_leg
    referencing old table as old_rows new table as new_rows
    for each statement execute function case_tally_changed();
create trigger case_tally_route_deleted after delete on case_route_leg referencing old table as old_rows
    for each statement execute function case_tally_changed();
create trigger case_tally_route_truncated after truncate on case_route_leg
    for each statement execute function case_tally_changed();

-- Every count again, the routes with them.
select case_tally_rebuild();

create index case_route_tally_by_month on case_route_tally (month);
