-- Matching (issue 17): a new case confirmed by a supervisor to be the same person as an earlier, closed case of the
-- office: the person was trafficked again. The statistics count re-trafficked persons from these links
-- (matching.RetraffickingLinks). Case ids only, nothing identifying.
create table matching_retrafficking_link (
    id              bigint generated always as identity primary key,
    earlier_case_id bigint      not null,
    new_case_id     bigint      not null,
    office_id       bigint      not null,
    confirmed_on    date        not null default current_date,
    confirmed_by    varchar(60) not null,
    unique (new_case_id, earlier_case_id),
    check (earlier_case_id <> new_case_id)
);
create index matching_retrafficking_link_by_day on matching_retrafficking_link (confirmed_on);
