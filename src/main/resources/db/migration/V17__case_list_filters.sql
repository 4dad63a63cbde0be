-- cases at scale, second step (docs/benchmarks.md "Cases at 1,000,000"): every case query is scoped to an office
-- (or a partner's few referrals), so the GIN index over all offices' exploitation types only tempted the planner into
-- bitmap scans across the whole table; the covering list index serves that filter within an office. The two most
-- selective list filters get an index each that keeps the list order, so that a rare combination (status Closed,
-- nationality ML) reads only its own rows, for the page and for the total.
drop index if exists case_file_exploitation;
create index if not exists case_file_by_office_status on case_file (office_id, status, identified_on desc, id desc);
create index if not exists case_file_by_office_citizenship
    on case_file (office_id, citizenship, identified_on desc, id desc);
