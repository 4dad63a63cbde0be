package org.sankofa.cases;

/** How the guardian of a child is related to them (Sankofa's own list; labels in i18n/cases*.properties). */
public enum GuardianRelation {
    MOTHER, FATHER, GRANDPARENT, SIBLING, OTHER_RELATIVE, LEGAL_GUARDIAN, FOSTER_CARER, OTHER;

    public String messageKey() {
        return "case.guardianRelation." + name();
    }
}
