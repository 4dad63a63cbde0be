package org.sankofa.cases.internal.protection;

/**
 * An encrypted value could not be decrypted: it was altered, copied from another column, or its key is not
 * configured. The message never contains the value.
 */
public class FieldDecryptionException extends RuntimeException {

    public FieldDecryptionException(String message, Throwable cause) {
        super("Cannot decrypt a protected field: " + message, cause);
    }
}
