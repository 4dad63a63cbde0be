package org.sankofa.plans.internal;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.sankofa.identity.CurrentUser;
import org.sankofa.plans.PlanId;
import org.sankofa.plans.PlanStatus;
import org.sankofa.plans.PlanWork;
import org.sankofa.plans.ReportStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A person's plans and reports waiting, by the rules of {@link PlanAccess}: two queries — the plans with their
 * parties ({@link Plans#search}: plans are few) and the open progress reports.
 */
@Component
class MyPlanWork implements PlanWork {

    private final Plans plans;
    private final PlanAccess access;
    private final JdbcClient jdbc;

    MyPlanWork(Plans plans, PlanAccess access, JdbcClient jdbc) {
        this.plans = plans;
        this.access = access;
        this.jdbc = jdbc;
    }

    private static PlanAccess.Parties parties(PlanSummary plan) {
        return new PlanAccess.Parties(plan.scope(), plan.countries(), plan.communities());
    }

    private static PlanItem item(PlanSummary p) {
        return new PlanItem(PlanId.of(p.id()), p.title(), p.scope(), p.status(), p.periodEnd());
    }

    @Override
    @Transactional(readOnly = true)
    public List<PlanItem> plans(CurrentUser user) {
        List<PlanSummary> all = plans.search(new PlanFilter(null, null, null));
        List<PlanItem> edited = all.stream().filter(p -> access.canEdit(user, parties(p))).limit(LIMIT)
                .map(MyPlanWork::item).toList();
        if (!edited.isEmpty()) {
            return edited;
        }
        return all.stream().filter(p -> p.status() == PlanStatus.IN_FORCE).limit(LIMIT).map(MyPlanWork::item)
                .toList();
    }

    @Override
    @Transactional(readOnly = true)
    public List<ReportItem> reportsWaiting(CurrentUser user) {
        record Open(ReportItem item, String submittedBy) {
        }
        List<Open> open = jdbc.sql("""
                select r.id, r.plan_id, p.title, r.period, r.status, r.submitted_by
                  from progress_report r join action_plan p on p.id = r.plan_id
                 where r.status in ('DRAFT', 'SUBMITTED') order by r.period_end, r.id""")
                .query((rs, n) -> new Open(new ReportItem(rs.getLong(1), PlanId.of(rs.getLong(2)), rs.getString(3),
                        rs.getString(4), ReportStatus.valueOf(rs.getString(5))), rs.getString(6)))
                .list();
        if (open.isEmpty()) {
            return List.of();
        }
        Map<Long, PlanSummary> byId = plans.search(new PlanFilter(null, null, null)).stream()
                .collect(Collectors.toMap(PlanSummary::id, Function.identity()));
        return open.stream().filter(o -> {
            PlanSummary plan = byId.get(o.item().planId().value());
            if (plan == null) {
                return false;
            }
            if (o.item().status() == ReportStatus.DRAFT) {
                return access.canReport(user, parties(plan));
            }
            return access.canApprove(user, parties(plan)) && !user.getUsername().equals(o.submittedBy());
        }).map(Open::item).limit(LIMIT).toList();
    }
}
