-- events (issue 13): a participant's pre- and post-test scores, in percent (0-100); either may be missing. The
-- improvement of an event is counted over the participants who have both.
alter table event_participant
    add column pre_score  numeric(5, 2) check (pre_score between 0 and 100),
    add column post_score numeric(5, 2) check (post_score between 0 and 100);
