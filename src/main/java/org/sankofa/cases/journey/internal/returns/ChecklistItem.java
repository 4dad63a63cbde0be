package org.sankofa.cases.journey.internal.returns;

/** The pre-departure checklist: every item is ticked before the departure is recorded. */
public enum ChecklistItem implements ReturnCode {
    CHILD_CONSULTED, FAMILY_INFORMED, RECEIVING_OFFICE_CONFIRMED, MEDICAL_CLEARANCE, ESCORT_BRIEFED,
    TRAVEL_DOCUMENTS_READY;

    @Override
    public String listKey() {
        return "checklist";
    }
}
