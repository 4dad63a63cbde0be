package org.sankofa.cases.internal;

import java.util.List;

import org.sankofa.cases.WaitingDecision;
import org.sankofa.identity.CurrentUser;
import org.springframework.modulith.NamedInterface;

/**
 * One kind of decision waiting for a supervisor of an office, answered by the part that holds the request (closure
 * requests here, determinations in {@code bestinterests}, transfers and returns in {@code journey}), so that the
 * parent lists them all without knowing its parts. Each answers with at most {@code WaitingDecisions.LIMIT} decisions,
 * {@code askedBy} left null where {@code requestedById} names a colleague (named once, for all kinds together).
 */
@NamedInterface("foundation")
public interface DecisionsWaiting {

    /** The decisions of this kind waiting for {@code supervisor}, a CASE_SUPERVISOR of office {@code officeId}. */
    List<WaitingDecision> waitingFor(CurrentUser supervisor, long officeId);
}
