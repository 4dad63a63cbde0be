package org.sankofa.cases;

import java.util.List;

import org.sankofa.identity.CurrentUser;

/**
 * The decisions waiting for a case supervisor, in their office only — best-interests determinations and closure
 * requests of the office's cases (not the ones they asked for themselves: nobody decides their own request),
 * transfers to the office and returns it receives — for the inbox of the module {@code work}. Everyone else has none.
 * Case numbers, kinds, colleagues' names and dates only: nothing that identifies a victim.
 */
public interface WaitingDecisions {

    /** At most this many of each kind are listed (an office's open requests are far fewer). */
    int LIMIT = 500;

    /** The decisions waiting for the person, oldest first. */
    List<WaitingDecision> waitingFor(CurrentUser user);

    /** How many decisions wait for the person, without naming who asked. */
    int count(CurrentUser user);
}
