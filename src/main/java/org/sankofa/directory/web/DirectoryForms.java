package org.sankofa.directory.web;

import java.util.function.Supplier;

import org.sankofa.directory.DuplicateValueException;
import org.sankofa.shared.InvalidInputException;

/** What the directory's page forms share. */
final class DirectoryForms {

    private DirectoryForms() {
    }

    /**
     * Runs a change of the directory; a name or code already used is, on a page, a mistake to correct next to its field
     * (422 with the form again), not a conflict to reload — the API answers it 409.
     */
    static <T> T unique(Supplier<T> change) {
        try {
            return change.get();
        } catch (DuplicateValueException duplicate) {
            throw InvalidInputException.of(duplicate.field(), duplicate.messageKey());
        }
    }
}
