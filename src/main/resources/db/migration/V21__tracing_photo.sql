-- cases: a family tracing request may carry a photo of the child — one of the case's image attachments, shared
-- only while the consent to cross-border sharing is active (checked when the request is sent and at every view).
alter table case_tracing_request add column photo_attachment_id bigint references case_attachment (id);
