-- Rare and empty filters at any office size (issue 12, docs/decisions/0015-case-list-facets.md). The case list filters
-- an office's cases on five clear columns (status, sex, child, nationality, exploitation types). A combination of
-- these values is a facet; an office has a few hundred to a few thousand of them, however many cases it holds.
-- case_list_facet counts an office's cases per facet, kept by statement-level triggers in the transaction that changes
-- the cases (COPY and multi-row statements update it once per statement). From it the list knows, without reading
-- any case, how many cases a filter matches (the total) and which facets hold them; when they are few, their rows
-- are read by (office, facet) from case_file_by_office_facet and sorted — a cost that follows the matches, not the
-- office. Common filters keep walking the covering list index, where matches come early.

-- One text per combination; nulls and separators cannot collide (codes are letters, digits and underscores).
-- Immutable: the same five values always give the same text (array_to_string over varchar does not depend on any
-- setting), which the expression index needs.
create function case_list_facet(status varchar, sex varchar, is_child boolean, citizenship char,
        exploitation_types varchar[]) returns text
    language sql immutable parallel safe
    return status || '|' || sex || '|' || case when is_child then 'c' else 'a' end || '|'
        || coalesce(citizenship, '-') || '|' || array_to_string(exploitation_types, ',');

create table case_list_facet (
    office_id          bigint not null references office (id),
    facet              text not null,
    status             varchar(20) not null,
    sex                varchar(32) not null,
    is_child           boolean not null,
    citizenship        char(2),
    exploitation_types varchar(40)[] not null,
    cases              integer not null, -- a facet that lost its cases keeps its row, at 0
    primary key (office_id, facet)
);

create index case_file_by_office_facet on case_file
    (office_id, case_list_facet(status, sex, is_child, citizenship, exploitation_types), identified_on desc, id desc)
    include (case_number);

insert into case_list_facet (office_id, facet, status, sex, is_child, citizenship, exploitation_types, cases)
select office_id, case_list_facet(status, sex, is_child, citizenship, exploitation_types),
       status, sex, is_child, citizenship, exploitation_types, count(*)
  from case_file
 group by 1, 2, 3, 4, 5, 6, 7;

-- The counts move by the rows a statement added (+1) and removed (-1), summed per facet; facets whose count does not
-- change (most updates touch no facet column) are not written. Upserts in key order, so that two transactions never
-- lock the same facets in opposite orders.
create function case_list_facet_apply(added case_file[], removed case_file[]) returns void
    language sql
begin atomic
    insert into case_list_facet as f (office_id, facet, status, sex, is_child, citizenship, exploitation_types, cases)
    select office_id, case_list_facet(status, sex, is_child, citizenship, exploitation_types),
           status, sex, is_child, citizenship, exploitation_types, sum(delta)
      from (select office_id, status, sex, is_child, citizenship, exploitation_types, 1 as delta from unnest(added)
            union all
            select office_id, status, sex, is_child, citizenship, exploitation_types, -1 from unnest(removed)) moved
     group by 1, 2, 3, 4, 5, 6, 7
    having sum(delta) <> 0
     order by 1, 2
    on conflict (office_id, facet) do update set cases = f.cases + excluded.cases;
end;

create function case_list_facet_changed() returns trigger
    language plpgsql as $$
begin
    if tg_op = 'INSERT' then
        perform case_list_facet_apply(array(select n::case_file from new_rows n), '{}');
    elsif tg_op = 'UPDATE' then
        perform case_list_facet_apply(array(select n::case_file from new_rows n), array(select o::case_file from old_rows o));
    elsif tg_op = 'DELETE' then
        perform case_list_facet_apply('{}', array(select o::case_file from old_rows o));
    else
        delete from case_list_facet;
    end if;
    return null;
end $$;

create trigger case_list_facet_inserted after insert on case_file referencing new table as new_rows
    for each statement execute function case_list_facet_changed();
create trigger case_list_facet_updated after update on case_file referencing old table as old_rows new table as new_rows
    for each statement execute function case_list_facet_changed();
create trigger case_list_facet_deleted after delete on case_file referencing old table as old_rows
    for each statement execute function case_list_facet_changed();
create trigger case_list_facet_truncated after truncate on case_file
    for each statement execute function case_list_facet_changed();
