package org.sankofa.cases;

import java.time.LocalDate;
import java.util.Locale;

/**
 * Something to do on a case, for a person's home page: a follow-up visit due or overdue, a referral a partner
 * answered, a referral waiting for a partner's answer, the
 * answer to a transfer the person asked for. The case number, never a name; {@link #path()} is where it is
 * done.
 */
public record WorkItem(Kind kind, CaseId caseId, String caseNumber, LocalDate on, String path) {

    /** What is to be done. */
    public enum Kind {
        /** A follow-up visit past its date. */
        VISIT_OVERDUE,
        /** A follow-up visit due within 30 days. */
        VISIT_DUE,
        /** A referral of the office that its partner accepted, declined or completed in the last 30 days. */
        REFERRAL_ANSWERED,
        /** A referral sent to the partner's organisation, waiting for its answer. */
        REFERRAL_TO_ANSWER,
        /** A transfer the person asked for was accepted by the receiving office (last 30 days). */
        TRANSFER_ACCEPTED,
        /** A transfer the person asked for was rejected by the receiving office (last 30 days). */
        TRANSFER_REJECTED;

        public String messageKey() {
            return "home.work." + name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }
}
