-- events (issue 13): the question topics of an event's pre- and post-tests ("legal framework", "identifying
-- victims"), and each participant's scores per topic, in percent (0-100), either may be missing. The improvement per
-- topic is counted over the participants who have both scores for it, as the event's overall improvement is
-- (V37). A topic and a participant of a score belong to the same event (checked by the application).

create table event_test_topic (
    id         bigserial primary key,
    event_id   bigint not null references event (id) on delete cascade,
    name       text not null check (length(name) between 1 and 120),
    created_at timestamptz not null default now()
);
create unique index event_test_topic_name_idx on event_test_topic (event_id, lower(name));

create table event_topic_score (
    participant_id bigint not null references event_participant (id) on delete cascade,
    topic_id       bigint not null references event_test_topic (id) on delete cascade,
    pre_score      numeric(5, 2) check (pre_score between 0 and 100),
    post_score     numeric(5, 2) check (post_score between 0 and 100),
    primary key (participant_id, topic_id)
);
create index event_topic_score_topic_idx on event_topic_score (topic_id);
