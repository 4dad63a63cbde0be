package org.sankofa.cases.internal;

import org.sankofa.identity.CurrentUser;
import org.sankofa.identity.Role;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.modulith.NamedInterface;

/**
 * The four-eyes rule of supervised decisions: only a CASE_SUPERVISOR decides (the owning office is checked before,
 * by the case guard: another office's supervisor gets 404), and never on a request they made themselves.
 */
@NamedInterface("foundation")
public final class Supervision {

    private Supervision() {
    }

    public static void requireDecider(CurrentUser user, Long requestedBy) {
        if (!user.hasRole(Role.CASE_SUPERVISOR)) {
            throw new AccessDeniedException("only a supervisor decides");
        }
        if (requestedBy != null && requestedBy == user.id()) {
            throw new AccessDeniedException("a supervisor does not decide their own request");
        }
    }

    public static boolean mayDecide(CurrentUser user, Long requestedBy) {
        return user.hasRole(Role.CASE_SUPERVISOR) && (requestedBy == null || requestedBy != user.id());
    }
}
