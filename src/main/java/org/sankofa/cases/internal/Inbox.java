package org.sankofa.cases.internal;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

import org.sankofa.cases.WaitingDecision;
import org.sankofa.cases.WaitingDecisions;
import org.sankofa.identity.CurrentUser;
import org.sankofa.identity.Role;
import org.sankofa.identity.UserAccounts;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The decisions waiting for a supervisor, gathered from every part that holds a kind of request
 * ({@link DecisionsWaiting}) — one query per kind, and one lookup of the names of who asked for all of them.
 */
@Component
class Inbox implements WaitingDecisions {

    private static final Comparator<WaitingDecision> OLDEST_FIRST = Comparator
            .comparing(WaitingDecision::since, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(d -> d.caseId().value());

    private final List<DecisionsWaiting> kinds;
    private final UserAccounts users;

    Inbox(List<DecisionsWaiting> kinds, UserAccounts users) {
        this.kinds = kinds;
        this.users = users;
    }

    @Override
    @Transactional(readOnly = true)
    public List<WaitingDecision> waitingFor(CurrentUser user) {
        List<WaitingDecision> waiting = gathered(user);
        Function<Long, String> names = users.displayNames(waiting.stream().map(WaitingDecision::requestedById)
                .filter(Objects::nonNull).distinct().toList());
        return waiting.stream().map(d -> d.askedBy() != null ? d : d.askedBy(names.apply(d.requestedById())))
                .sorted(OLDEST_FIRST).toList();
    }

    @Override
    @Transactional(readOnly = true)
    public int count(CurrentUser user) {
        return gathered(user).size();
    }

    private List<WaitingDecision> gathered(CurrentUser user) {
        if (user == null || !user.hasRole(Role.CASE_SUPERVISOR) || user.officeId() == null) {
            return List.of();
        }
        long office = user.officeId();
        return kinds.stream().flatMap(kind -> kind.waitingFor(user, office).stream()).toList();
    }
}
