package org.sankofa.plans.internal;


/** A partner or funder: an organisation of the directory and/or a name, with a note (e.g. the initiative). */
public record Partner(PartnerKind kind, Long organisationId, String organisationName, String name, String note) {

    /** The name to show: the organisation's, else the name given. */
    public String label() {
        return organisationName != null ? organisationName : name;
    }
}
