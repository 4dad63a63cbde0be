-- cases at scale (measured at 1,000,000 cases, docs/benchmarks.md "Cases at 1,000,000"): the case list of an office
-- filters on clear columns (status, sex, child, age, nationality, exploitation type) while it walks the keyset order.
-- With case_file_by_office every row the filter rejects costs a heap fetch: a filter that matches few cases of a
-- large office read the whole office from the heap (2.2 s for nationality=NE in an office of 284,000 cases; a
-- filtered total 448 ms). This index has the same key and carries the listed and filtered columns, so lists, filters
-- and totals are index-only scans (77 ms and 100 ms for those two; first pages and common filters under 2 ms).
-- It replaces case_file_by_office, which has the same key columns.
create index if not exists case_file_list_covering on case_file (office_id, identified_on desc, id desc)
    include (case_number, status, sex, age_at_identification, is_child, citizenship, exploitation_types, closed_on);
drop index if exists case_file_by_office;
