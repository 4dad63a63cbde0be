package org.sankofa.cases.journey.internal.followup;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Raises one alert per overdue follow-up visit. The unique key on follow_up_alert.visit_id makes the insert
 * idempotent: two nodes (or two threads) running the check at once raise each alert exactly once, because the
 * second insert of the same visit waits for the first and then does nothing.
 */
@Component
public class OverdueAlerts {

    private final JdbcClient jdbc;

    OverdueAlerts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Returns the number of alerts raised by this run. */
    @Transactional
    public int raise() {
        return jdbc.sql("""
                insert into follow_up_alert (visit_id, case_id, office_id)
                select v.id, v.case_id, c.office_id
                  from case_follow_up_visit v join case_file c on c.id = v.case_id
                 where v.visited_on is null and v.due_on < current_date
                   and c.status not in ('Closed', 'ClosedReferred')
                   and not exists (select 1 from follow_up_alert a where a.visit_id = v.id)
                on conflict (visit_id) do nothing""").update();
    }
}
