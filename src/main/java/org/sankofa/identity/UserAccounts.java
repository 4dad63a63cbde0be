package org.sankofa.identity;

import java.util.Optional;

/** The public operations on user accounts that other modules (and the demo world) use. */
public interface UserAccounts {

    /** Creates an account and returns its id; the password is hashed. */
    long create(NewUser user);

    Optional<CurrentUser> findByUsername(String username);

    boolean anyAdministrator();

    /** Remembers the language a user chose (en, fr or pt). */
    void changeLocale(long userId, String locale);
}
