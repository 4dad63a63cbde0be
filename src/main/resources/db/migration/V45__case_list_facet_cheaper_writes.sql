-- The facet counts of V42 at a third of the write cost (measured with bench/case-writes.sh: V42 took a registration
-- and two edits from 0.72 to 2.26 ms at one client, docs/benchmarks.md). V42 ran one statement-level trigger per
-- statement that copied the changed rows into arrays and summed them, even for an update of no facet column. Now:
-- - an update moves a case between facets only when a facet column changed, decided by the trigger's WHEN in the
--   executor, without calling any function (a row-level trigger: most updates touch no facet column);
-- - inserts and deletes stay statement-level (a COPY of 5,000 generated cases is one upsert), reading the transition
--   table directly.
-- Upserts stay in key order, so that two transactions never take the same facet rows in opposite orders.
drop trigger case_list_facet_inserted on case_file;
drop trigger case_list_facet_updated on case_file;
drop trigger case_list_facet_deleted on case_file;
drop trigger case_list_facet_truncated on case_file;
drop function case_list_facet_changed();
drop function case_list_facet_apply(case_file[], case_file[]);

create function case_list_facet_inserted() returns trigger
    language plpgsql as $$
begin
    insert into case_list_facet as f (office_id, facet, status, sex, is_child, citizenship, exploitation_types, cases)
    select office_id, case_list_facet(status, sex, is_child, citizenship, exploitation_types),
           status, sex, is_child, citizenship, exploitation_types, count(*)
      from new_rows
     group by 1, 2, 3, 4, 5, 6, 7
     order by 1, 2
    on conflict (office_id, facet) do update set cases = f.cases + excluded.cases;
    return null;
end $$;

create function case_list_facet_deleted() returns trigger
    language plpgsql as $$
begin
    update case_list_facet f set cases = f.cases - gone.cases
      from (select office_id, case_list_facet(status, sex, is_child, citizenship, exploitation_types) as facet,
                   count(*) as cases
              from old_rows group by 1, 2) gone
     where f.office_id = gone.office_id and f.facet = gone.facet;
    return null;
end $$;

create function case_list_facet_moved() returns trigger
    language plpgsql as $$
begin
    insert into case_list_facet as f (office_id, facet, status, sex, is_child, citizenship, exploitation_types, cases)
    select * from (values
            (old.office_id, case_list_facet(old.status, old.sex, old.is_child, old.citizenship, old.exploitation_types),
             old.status, old.sex, old.is_child, old.citizenship, old.exploitation_types, -1),
            (new.office_id, case_list_facet(new.status, new.sex, new.is_child, new.citizenship, new.exploitation_types),
             new.status, new.sex, new.is_child, new.citizenship, new.exploitation_types, 1)) moved
     order by 1, 2
    on conflict (office_id, facet) do update set cases = f.cases + excluded.cases;
    return null;
end $$;

create function case_list_facet_emptied() returns trigger
    language plpgsql as $$
begin
    delete from case_list_facet;
    return null;
end $$;

create trigger case_list_facet_inserted after insert on case_file referencing new table as new_rows
    for each statement execute function case_list_facet_inserted();
create trigger case_list_facet_deleted after delete on case_file referencing old table as old_rows
    for each statement execute function case_list_facet_deleted();
create trigger case_list_facet_moved after update on case_file for each row
    when ((old.office_id, old.status, old.sex, old.is_child, old.citizenship, old.exploitation_types)
          is distinct from (new.office_id, new.status, new.sex, new.is_child, new.citizenship, new.exploitation_types))
    execute function case_list_facet_moved();
create trigger case_list_facet_truncated after truncate on case_file
    for each statement execute function case_list_facet_emptied();
