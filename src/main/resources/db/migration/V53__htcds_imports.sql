-- HTCDS 2.0 imports (module exchange, docs/decisions/0024): one row per upload, run once by a db-scheduler task.
-- The upload and the error report hold victims' data: both are encrypted by the case module's field encryption, and
-- the upload is deleted (set to null) when the import ends, whatever its outcome.
create table htcds_import (
    id            bigint generated always as identity primary key,
    office_id     bigint      not null references office (id),
    imported_by   varchar(100) not null,
    format        varchar(4)  not null check (format in ('XLSX', 'CSV')),
    upload        bytea,
    status        varchar(10) not null default 'QUEUED'
                  check (status in ('QUEUED', 'RUNNING', 'SUCCEEDED', 'FAILED')),
    rows_total    integer     not null default 0,
    rows_done     integer     not null default 0,
    cases_created integer     not null default 0,
    problems      bytea,
    problem_count integer     not null default 0,
    created_at    timestamptz not null default now(),
    finished_at   timestamptz
);

create index htcds_import_by_office on htcds_import (office_id, id);
