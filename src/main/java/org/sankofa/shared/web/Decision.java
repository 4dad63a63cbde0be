package org.sankofa.shared.web;

/**
 * The one shape of a four-eyes decision — a best-interests determination, a closure request, a transfer, a progress
 * report: {@code POST <request>/approve} or {@code POST <request>/reject}, with an optional note (a JSON body
 * {@code {"note": "…"}} in the API, a form field {@code note} on pages). The person who asked never decides their own
 * request (403); a request already decided answers 409; a rejection may require its note (422).
 *
 * @param note why, in the decider's words (stored encrypted where it concerns a victim); may be null
 */
public record Decision(String note) {

    /** What the decider chose. */
    public enum Outcome {
        APPROVE, REJECT
    }

    public static Decision none() {
        return new Decision(null);
    }

    /** The note, stripped; null when blank. */
    public String text() {
        return FormErrors.text(note);
    }
}
