package org.sankofa.identity;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/** The public operations on user accounts that other modules (and the demo world) use. */
public interface UserAccounts {

    /** Creates an account and returns its id; the password is hashed. */
    long create(NewUser user);

    Optional<CurrentUser> findByUsername(String username);

    boolean anyAdministrator();

    /** Remembers the language a user chose (en, fr or pt). */
    void changeLocale(long userId, String locale);

    /** The people with these ids, by id, in one query (ids of no one are left out): for "recorded by" columns. */
    Map<Long, Colleague> colleagues(Collection<Long> userIds);

    /**
     * The display names of these people, looked up at once (one query for a whole list): a function that answers the
     * name of an id, or null for a null or unknown id.
     */
    default Function<Long, String> displayNames(Collection<Long> userIds) {
        Map<Long, Colleague> colleagues = colleagues(userIds);
        return id -> {
            Colleague colleague = id == null ? null : colleagues.get(id);
            return colleague == null ? null : colleague.displayName();
        };
    }

    /** The people with these usernames, by username, in one query: for the actors the audit log names. */
    Map<String, Colleague> colleaguesByUsername(Collection<String> usernames);

    /** The enabled people of an office who hold a role and have an e-mail address (e.g. its supervisors). */
    List<MailRecipient> mailRecipients(long officeId, Role role);
}
