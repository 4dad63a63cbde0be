package org.sankofa.shared.web;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * The one shape of a four-eyes decision — a best-interests determination, a closure request, a transfer, a progress
 * report: {@code POST <request>/approve} or {@code POST <request>/reject}, with an optional note (a JSON body
 * {@code {"note": "…"}} in the API, a form field {@code note} on pages). The person who asked never decides their own
 * request (403); a request already decided answers 409; a rejection may require its note (422).
 *
 * @param note why, in the decider's words (stored encrypted where it concerns a victim); may be null
 */
public record Decision(String note) {

    /**
     * The last segment of every decision's route, {@code approve} or {@code reject}, bound to an {@link Outcome}: one
     * handler per kind of request, e.g. {@code @PostMapping("/transfers/{transferId}/" + Decision.OUTCOME)} with
     * {@code @PathVariable Decision.Outcome outcome}.
     */
    public static final String OUTCOME = "{outcome:approve|reject}";

    /** What the decider chose; its route segment is its name in lower case. */
    @Schema(type = "string", allowableValues = { "approve", "reject" })
    public enum Outcome {
        APPROVE, REJECT;

        /** The outcome a route segment names ({@code approve}, {@code reject}). */
        public static Outcome of(String segment) {
            return valueOf(segment.strip().toUpperCase(java.util.Locale.ROOT));
        }
    }

    public static Decision none() {
        return new Decision(null);
    }

    /** The decision an API request sent, or none when it sent no body. */
    public static Decision orNone(Decision sent) {
        return sent == null ? none() : sent;
    }

    /** The note, stripped; null when blank. */
    public String text() {
        return FormErrors.text(note);
    }
}
