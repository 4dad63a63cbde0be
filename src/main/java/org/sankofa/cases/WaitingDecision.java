package org.sankofa.cases;

import java.time.OffsetDateTime;

/**
 * A decision waiting for a supervisor of an office: what is asked ({@link Kind}), on which case (its number, never
 * a name), by whom (a colleague's name, or the sending office for a return) and since when. {@link #path()} is where
 * it is decided.
 */
public record WaitingDecision(Kind kind, CaseId caseId, String caseNumber, Long requestedById, String askedBy,
        OffsetDateTime since) {

    /** What a supervisor is asked to decide. */
    public enum Kind {
        /** Approve or reject a best-interests determination of a child of the office. */
        BEST_INTERESTS("best-interests"),
        /** Approve or reject the closure of a case of the office. */
        CLOSURE("closure"),
        /** Accept or reject a case another office transfers to this one. */
        TRANSFER(null),
        /** Confirm the arrival of a person returned to this office. */
        RETURN("handover");

        private final String section;

        Kind(String section) {
            this.section = section;
        }

        public String messageKey() {
            return "inbox.kind." + name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        }
    }

    /** The same decision, with who asked named. */
    public WaitingDecision askedBy(String name) {
        return new WaitingDecision(kind, caseId, caseNumber, requestedById, name, since);
    }

    /** The page where the decision is made. */
    public String path() {
        return kind.section == null ? "/transfers" : "/cases/" + caseId + "/" + kind.section;
    }
}
