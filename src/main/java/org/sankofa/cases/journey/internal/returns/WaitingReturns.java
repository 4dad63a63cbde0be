package org.sankofa.cases.journey.internal.returns;

import java.time.ZoneOffset;
import java.util.List;

import org.sankofa.cases.WaitingDecision;
import org.sankofa.cases.internal.DecisionsWaiting;
import org.sankofa.identity.CurrentUser;
import org.springframework.stereotype.Component;

/**
 * Returns to the office that have departed and wait for the receiving side to confirm the arrival: the handovers the
 * office receives ({@link ReturnPlans#incoming}, the one rule of who receives), asked by the sending office, since
 * the day of departure.
 */
@Component
class WaitingReturns implements DecisionsWaiting {

    private final ReturnPlans returns;

    WaitingReturns(ReturnPlans returns) {
        this.returns = returns;
    }

    @Override
    public List<WaitingDecision> waitingFor(CurrentUser supervisor, long officeId) {
        return returns.incoming(supervisor).stream().filter(h -> "DEPARTED".equals(h.status()))
                .map(h -> new WaitingDecision(WaitingDecision.Kind.RETURN, h.caseId(), h.caseNumber(), null,
                        h.sendingOffice(), h.departedOn().atStartOfDay().atOffset(ZoneOffset.UTC)))
                .toList();
    }
}
