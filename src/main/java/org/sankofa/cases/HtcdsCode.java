package org.sankofa.cases;

/**
 * A code of one of the case module's code lists. The {@link #value()} is the exact HTCDS 2.0 value name (for
 * Sankofa's own lists, a name in the same style) and is what imports, exports and the database store; the label
 * shown to people comes from the message bundles under {@link #messageKey()}.
 */
public interface HtcdsCode {

    /** The exact value name, e.g. {@code ForcedBegging}. */
    String value();

    /** The list this code belongs to. */
    CodeList list();

    /** The message key of the label, e.g. {@code htcds.TypeOfExploitation.ForcedBegging}. */
    default String messageKey() {
        return "htcds." + list().key() + "." + value();
    }
}
