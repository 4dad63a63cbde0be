package org.sankofa.cases.journey.internal.transfer;

import java.util.Locale;

/** Where a cross-border transfer stands: requested, then accepted or rejected by the receiving office. */
public enum TransferStatus {
    REQUESTED, ACCEPTED, REJECTED;

    public String messageKey() {
        return "transfer.status." + name().toLowerCase(Locale.ROOT);
    }
}
