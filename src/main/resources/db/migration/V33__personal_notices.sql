-- work: a notice may be addressed to one person as well as to an office. The supervisor who asked for a transfer
-- hears that it was accepted or rejected on their home page (recipient_id), besides the notices of both offices.
alter table office_notification add column recipient_id bigint references app_user (id) on delete cascade;
create index office_notification_by_recipient on office_notification (recipient_id, created_at desc)
    where recipient_id is not null;
