package org.sankofa.cases.internal;

import java.util.Comparator;
import java.util.List;

import org.sankofa.cases.CaseStatus;
import org.sankofa.cases.CaseWork;
import org.sankofa.cases.WorkItem;
import org.sankofa.identity.CurrentUser;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** A person's work on cases: their open cases counted by status here, the things to do from the parts. */
@Component
class MyCaseWork implements CaseWork {

    private static final List<String> OPEN = List.of(CaseStatus.ACTIVE.value(), CaseStatus.FOLLOW_UP.value());

    private final JdbcClient jdbc;
    private final List<WorkToDo> parts;

    MyCaseWork(JdbcClient jdbc, List<WorkToDo> parts) {
        this.jdbc = jdbc;
        this.parts = parts;
    }

    @Override
    @Transactional(readOnly = true)
    public List<Stage> myCases(CurrentUser user) {
        if (!(CaseScope.of(user) instanceof CaseScope.OfficeCases office)) {
            return List.of();
        }
        List<Stage> counted = jdbc.sql("""
                select status, count(*) from case_file
                 where office_id = ? and assigned_to = ? and status = any(?) group by status""")
                .params(office.officeId(), user.id(), OPEN.toArray(String[]::new))
                .query((rs, n) -> new Stage(rs.getString(1), rs.getLong(2))).list();
        return OPEN.stream().map(status -> counted.stream().filter(s -> s.status().equals(status)).findFirst()
                .orElse(new Stage(status, 0))).toList();
    }

    @Override
    @Transactional(readOnly = true)
    public long unassigned(CurrentUser user) {
        if (!(CaseScope.of(user) instanceof CaseScope.OfficeCases office)) {
            return 0;
        }
        return jdbc.sql("select count(*) from case_file where office_id = ? and assigned_to is null and status = any(?)")
                .params(office.officeId(), OPEN.toArray(String[]::new)).query(Long.class).single();
    }

    @Override
    @Transactional(readOnly = true)
    public List<WorkItem> items(CurrentUser user) {
        if (CaseScope.of(user).none()) {
            return List.of();
        }
        return parts.stream().flatMap(part -> part.of(user).stream())
                .sorted(Comparator.comparing(WorkItem::kind)).toList();
    }
}
