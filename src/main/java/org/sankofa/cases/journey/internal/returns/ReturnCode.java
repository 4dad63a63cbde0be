package org.sankofa.cases.journey.internal.returns;

/** A code of the return and reintegration lists, stored by its name, labelled in i18n/case-return. */
public interface ReturnCode {

    String name();

    String listKey();

    default String messageKey() {
        return "return." + listKey() + "." + name();
    }
}
