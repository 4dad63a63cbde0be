package org.sankofa.cases.journey.internal.transfer;

import java.util.Map;

/** Checks on what people type into tracing and transfer forms (messages in i18n/case-transfer). */
public final class TransferRules {

    public static final int SHORT_TEXT = 300;
    public static final int LONG_TEXT = 5000;

    private TransferRules() {
    }

    public static void required(Map<String, String> errors, String field, Object value) {
        if (value == null || value instanceof String s && s.isBlank()) {
            errors.putIfAbsent(field, "transfer.required");
        }
    }

    /** Short fields (names, places) refuse markup; every text is limited in length. */
    public static void text(Map<String, String> errors, String field, String value, int max) {
        if (value == null) {
            return;
        }
        if (value.length() > max) {
            errors.putIfAbsent(field, max == LONG_TEXT ? "transfer.text.too-long" : "transfer.text.too-long.short");
        } else if (max == SHORT_TEXT && (value.indexOf('<') >= 0 || value.indexOf('>') >= 0)) {
            errors.putIfAbsent(field, "transfer.text.markup");
        }
    }
}
