package org.sankofa.shared;

/** The change conflicts with the current state (a duplicate, or someone else saved first): 409. */
public class ConflictException extends RuntimeException {

    private final String messageKey;

    public ConflictException(String messageKey) {
        super(messageKey);
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}
