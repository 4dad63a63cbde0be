package org.sankofa.identity.internal;

import java.io.Serial;
import java.io.Serializable;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * The failed sign-ins to an account, from anywhere, since its last sign-in: how many, and when the last one was (null
 * when there was none). Kept in the session until the person has seen it, hence serializable.
 *
 * @param count the failed sign-ins
 * @param last  the time of the last one
 */
public record SignInFailures(int count, Instant last) implements Serializable {

    /** The session attribute holding the failures to tell the person about once, after a sign-in on the pages. */
    public static final String SESSION_ATTRIBUTE = "sankofa.signInFailures";

    @Serial
    private static final long serialVersionUID = 1L;

    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
            .withZone(ZoneOffset.UTC);

    /** The time of the last failure as people read it, in UTC (as the audit log shows times); empty when none. */
    public String lastInUtc() {
        return last == null ? "" : UTC.format(last);
    }
}
