-- plans: evaluations of a plan (mid-term, final) with findings per strategic area and recommendations, each of
-- which may be linked to an area or objective of the plan that supersedes the evaluated one, so that the evaluation
-- informs the next plan (DESIGN §4 plans).

create table plan_evaluation (
    id               bigserial primary key,
    plan_id          bigint not null references action_plan (id) on delete cascade,
    kind             text not null check (kind in ('MID_TERM', 'FINAL')),
    evaluated_on     date not null,
    -- the evaluator: an organisation of the directory and/or a name (e.g. an independent consultant's firm)
    evaluator_org_id bigint references organisation (id),
    evaluator_text   text check (length(evaluator_text) <= 300),
    status           text not null default 'DRAFT' check (status in ('DRAFT', 'FINAL')),
    summary          text check (length(summary) <= 8000),
    -- demo evaluations are synthetic, and the pages say so
    synthetic        boolean not null default false,
    created_by       text not null,
    created_at       timestamptz not null default now(),
    finalised_by     text,
    finalised_at     timestamptz,
    version          integer not null default 0,
    check (evaluator_org_id is not null or evaluator_text is not null)
);
create index plan_evaluation_plan_idx on plan_evaluation (plan_id, evaluated_on);
-- a plan has at most one final evaluation (mid-term ones may be several)
create unique index plan_evaluation_final_idx on plan_evaluation (plan_id) where kind = 'FINAL';

-- a finding on one strategic area of the evaluated plan, or (area null) on the plan as a whole; one per area
create table evaluation_finding (
    id            bigserial primary key,
    evaluation_id bigint not null references plan_evaluation (id) on delete cascade,
    area_id       bigint references strategic_area (id) on delete cascade,
    rating        text not null check (rating in ('HIGHLY_SATISFACTORY', 'SATISFACTORY', 'UNSATISFACTORY',
                                                  'HIGHLY_UNSATISFACTORY')),
    finding       text not null check (length(finding) between 1 and 4000),
    version       integer not null default 0,
    unique nulls not distinct (evaluation_id, area_id)
);

create table evaluation_recommendation (
    id                     bigserial primary key,
    evaluation_id          bigint not null references plan_evaluation (id) on delete cascade,
    position               integer not null,
    recommendation         text not null check (length(recommendation) between 1 and 2000),
    -- the area of the evaluated plan it concerns (optional)
    area_id                bigint references strategic_area (id) on delete set null,
    priority               text not null check (priority in ('HIGH', 'MEDIUM', 'LOW')),
    -- where the successor plan takes it up: one of its areas or one of its objectives
    successor_area_id      bigint references strategic_area (id) on delete set null,
    successor_objective_id bigint references plan_objective (id) on delete set null,
    linked_by              text,
    linked_at              timestamptz,
    version                integer not null default 0,
    check (successor_area_id is null or successor_objective_id is null)
);
create index evaluation_recommendation_evaluation_idx on evaluation_recommendation (evaluation_id, position);
create index evaluation_recommendation_successor_area_idx on evaluation_recommendation (successor_area_id)
    where successor_area_id is not null;
create index evaluation_recommendation_successor_objective_idx on evaluation_recommendation (successor_objective_id)
    where successor_objective_id is not null;
