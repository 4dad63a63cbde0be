-- Statistics at any number of cases, live (issue 15, docs/decisions/0021-statistics-tallies.md). The dashboards count
-- persons by month of identification, office, country of identification, citizenship, sex, age, forms of
-- exploitation and referral source, with how many of them were assisted, returned and reintegrated. Counting that over
-- a million cases takes seconds; case_tally holds those counts per combination of the clear values (a few tens of
-- thousands of rows for a million cases), kept by triggers in the transaction that changes a case, so a case
-- registered, assisted or returned shows in the figures at once. Nothing identifying is in it: no case, no name.
--
-- Who counts: a person, once — never someone screened "not a victim", never a case closed as a duplicate record.

-- What each counted case adds to case_tally, so that a change can take out exactly what the case added before.
-- No foreign key: when a case is deleted, the trigger below reads this row to take the case out of the tally.
create table case_tally_member (
    case_id            bigint primary key,
    month              date not null,        -- the first day of the month of identification
    office_id          bigint not null,
    identified_country char(2) not null,
    citizenship        char(2),
    sex                varchar(32) not null,
    age                smallint not null,    -- at identification; any banding (CTDC, SDG, the list's) is a sum of ages
    forms              varchar(40)[] not null, -- the forms of exploitation, sorted
    referral_source    varchar(32) not null,
    assisted           boolean not null,     -- at least one service delivered
    returned           boolean not null,     -- a return that arrived
    reintegrated       boolean not null      -- closed "reintegration completed"
);

create table case_tally (
    month              date not null,
    office_id          bigint not null,
    identified_country char(2) not null,
    citizenship        char(2),
    sex                varchar(32) not null,
    age                smallint not null,
    forms              varchar(40)[] not null,
    referral_source    varchar(32) not null,
    persons            integer not null,     -- a combination that lost its persons keeps its row, at 0
    assisted           integer not null,
    returned           integer not null,
    reintegrated       integer not null,
    unique nulls not distinct (month, office_id, identified_country, citizenship, sex, age, forms, referral_source)
);

-- What the given cases add to the tally now: their clear values and outcomes, read from the case tables.
create function case_tally_of(cases bigint[]) returns setof case_tally_member
    language sql stable
begin atomic
    select c.id, date_trunc('month', c.identified_on)::date, c.office_id, c.identified_country, c.citizenship, c.sex,
           c.age_at_identification, array(select f from unnest(c.exploitation_types) f order by f), c.referral_source,
           exists (select 1 from case_service s where s.case_id = c.id),
           exists (select 1 from case_return_plan r where r.case_id = c.id and r.status = 'ARRIVED'),
           c.closure_reason is not distinct from 'ReintegrationCompleted'
      from case_file c
     where c.id = any(cases)
       and c.trafficking_status <> 'NotAVictimOfTrafficking'
       and c.closure_reason is distinct from 'DuplicateRecord';
end;

-- Brings the tally up to date for the given cases: what they added before goes out (-1), what they add now comes in
-- (+1), summed per combination; a case whose values did not change nets to zero and writes nothing. Upserts in key
-- order, so that two transactions never lock the same rows in opposite orders.
create function case_tally_sync(cases bigint[]) returns void
    language plpgsql as $$
begin
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

-- Every case again (the first fill, and after a truncate).
create function case_tally_rebuild() returns void
    language plpgsql as $$
begin
    delete from case_tally_member;
    delete from case_tally;
    insert into case_tally_member select * from case_tally_of(array(select id from case_file));
    insert into case_tally (month, office_id, identified_country, citizenship, sex, age, forms, referral_source,
                            persons, assisted, returned, reintegrated)
    select month, office_id, identified_country, citizenship, sex, age, forms, referral_source,
           count(*), count(*) filter (where assisted), count(*) filter (where returned),
           count(*) filter (where reintegrated)
      from case_tally_member
     group by 1, 2, 3, 4, 5, 6, 7, 8;
end $$;

-- The triggers: statement-level for inserts and deletes (a COPY of generated cases syncs once), row-level with a WHEN
-- for updates of case_file (most updates touch no counted column and call nothing).
create function case_tally_changed() returns trigger
    language plpgsql as $$
begin
    if tg_op = 'TRUNCATE' then
        perform case_tally_rebuild();
    elsif tg_level = 'ROW' then
        perform case_tally_sync(array[new.id]);
    elsif tg_op = 'INSERT' and tg_table_name = 'case_file' then
        perform case_tally_sync(array(select id from new_rows));
    elsif tg_op = 'DELETE' and tg_table_name = 'case_file' then
        perform case_tally_sync(array(select id from old_rows));
    elsif tg_op = 'INSERT' then
        perform case_tally_sync(array(select distinct case_id from new_rows));
    elsif tg_op = 'DELETE' then
        perform case_tally_sync(array(select distinct case_id from old_rows));
    else
        perform case_tally_sync(array(select case_id from new_rows union select case_id from old_rows));
    end if;
    return null;
end $$;

create trigger case_tally_case_inserted after insert on case_file referencing new table as new_rows
    for each statement execute function case_tally_changed();
create trigger case_tally_case_deleted after delete on case_file referencing old table as old_rows
    for each statement execute function case_tally_changed();
create trigger case_tally_case_changed after update on case_file for each row
    when ((old.identified_on, old.office_id, old.identified_country, old.citizenship, old.sex,
           old.age_at_identification, old.exploitation_types, old.referral_source, old.trafficking_status,
           old.closure_reason)
          is distinct from
          (new.identified_on, new.office_id, new.identified_country, new.citizenship, new.sex,
           new.age_at_identification, new.exploitation_types, new.referral_source, new.trafficking_status,
           new.closure_reason))
    execute function case_tally_changed();
create trigger case_tally_case_truncated after truncate on case_file
    for each statement execute function case_tally_changed();

create trigger case_tally_service_inserted after insert on case_service referencing new table as new_rows
    for each statement execute function case_tally_changed();
create trigger case_tally_service_updated after update on case_service
    referencing old table as old_rows new table as new_rows
    for each statement execute function case_tally_changed();
create trigger case_tally_service_deleted after delete on case_service referencing old table as old_rows
    for each statement execute function case_tally_changed();
create trigger case_tally_service_truncated after truncate on case_service
    for each statement execute function case_tally_changed();

create trigger case_tally_return_inserted after insert on case_return_plan referencing new table as new_rows
    for each statement execute function case_tally_changed();
create trigger case_tally_return_updated after update on case_return_plan
    referencing old table as old_rows new table as new_rows
    for each statement execute function case_tally_changed();
create trigger case_tally_return_deleted after delete on case_return_plan referencing old table as old_rows
    for each statement execute function case_tally_changed();
create trigger case_tally_return_truncated after truncate on case_return_plan
    for each statement execute function case_tally_changed();

select case_tally_rebuild();

-- The dashboards read a period of months, then filter and group in memory-sized sums.
create index case_tally_by_month on case_tally (month);
