-- Matching (issue 17): merges of two cases of one office found to be one person. The duplicate is closed by the
-- cases module with the reason DuplicateRecord (its history kept); undoing a merge reopens it and dates the undo here.
-- Case ids only, nothing identifying.
create table matching_merge (
    id                bigint generated always as identity primary key,
    survivor_case_id  bigint      not null,
    duplicate_case_id bigint      not null,
    office_id         bigint      not null,
    merged_by         varchar(60) not null,
    merged_at         timestamptz not null default now(),
    undone_by         varchar(60),
    undone_at         timestamptz,
    check (survivor_case_id <> duplicate_case_id),
    check ((undone_by is null) = (undone_at is null))
);
create index matching_merge_by_office on matching_merge (office_id);
-- a case is the duplicate of at most one merge in force
create unique index matching_merge_duplicate_in_force on matching_merge (duplicate_case_id) where undone_at is null;
