package org.sankofa.directory;

import org.sankofa.shared.ConflictException;

/** A value that must be unique is already used (an organisation's name, an office's code): 409. */
public class DuplicateValueException extends ConflictException {

    private final String field;

    public DuplicateValueException(String field, String messageKey) {
        super(messageKey);
        this.field = field;
    }

    /** The field that holds the duplicate value. */
    public String field() {
        return field;
    }
}
