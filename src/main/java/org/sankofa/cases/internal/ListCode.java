package org.sankofa.cases.internal;
import org.springframework.modulith.NamedInterface;

/** A code of one of the care lists (consent purposes, needs, services…), stored by its name, labelled in i18n/case-care. */
@NamedInterface("foundation")
public interface ListCode {

    String name();

    /** The list's key in the message bundle, e.g. {@code purpose}. */
    String listKey();

    default String messageKey() {
        return "care." + listKey() + "." + name();
    }
}
