package org.sankofa.cases;

import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * The sections of a case page, in their order, and the one rule of which a person may open ({@link #openable}): the
 * office staff who read the case open every section; a partner only the parts of the person its referrals share —
 * the person (always: the case number, and the name, age and sex or contacts where shared), the trafficking profile
 * and the route (PROFILE) — and none of the care sections, which the case guard refuses to partners (403). Pages
 * show a section only when the rule opens it, so that no one is offered a link they may not follow.
 */
public enum CaseSection {

    IDENTIFICATION(null, null),
    PERSON(null, null),
    PROFILE(null, CaseShare.PROFILE),
    ROUTE(null, CaseShare.PROFILE),
    CONSENTS("consents", null),
    ASSESSMENTS("assessments", null),
    BEST_INTERESTS("best-interests", null),
    SERVICES("services", null),
    REFERRALS("referrals", null),
    NOTES("notes", null),
    ATTACHMENTS("attachments", null),
    TRACING("tracing", null),
    TRANSFER("transfer", null),
    RETURN("return", null),
    REINTEGRATION("reintegration", null),
    FOLLOW_UPS("follow-ups", null),
    CLOSURE("closure", null),
    TIMELINE("timeline", null);

    private final String path;
    private final CaseShare shared;

    CaseSection(String path, CaseShare shared) {
        this.path = path;
        this.shared = shared;
    }

    /** The section's own address under the case ({@code /cases/{id}/<path>}), null for the parts of the record. */
    public String path() {
        return path;
    }

    /** A care section: served from its own address, for the office staff only. */
    public boolean care() {
        return path != null;
    }

    /**
     * The sections a person may open, in page order: every one with full access (the office staff), otherwise (a
     * partner) the person and the parts its referrals {@code shares}.
     */
    public static List<CaseSection> openable(boolean fullAccess, Set<CaseShare> shares) {
        return Arrays.stream(values()).filter(s -> fullAccess || s.openableByPartner(shares)).toList();
    }

    private boolean openableByPartner(Set<CaseShare> shares) {
        if (care() || this == IDENTIFICATION) {
            return false;
        }
        return shared == null || shares.contains(shared);
    }
}
