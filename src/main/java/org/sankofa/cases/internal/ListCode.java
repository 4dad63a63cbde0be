package org.sankofa.cases.internal;

/** A code of one of the care lists (consent purposes, needs, services…), stored by its name, labelled in i18n/case-care. */
public interface ListCode {

    String name();

    /** The list's key in the message bundle, e.g. {@code purpose}. */
    String listKey();

    default String messageKey() {
        return "care." + listKey() + "." + name();
    }
}
