package org.sankofa.cases.assistance.internal;

import java.util.Collection;
import java.util.Map;
import java.util.function.Function;

import org.sankofa.identity.Colleague;
import org.sankofa.identity.UserAccounts;

/** The people a list names beside what they did ("assessed by", "sent by"): one lookup for the whole list. */
final class People {

    private People() {
    }

    /** The display name of each of these people, looked up at once; null for a null id or an unknown one. */
    static Function<Long, String> displayNames(UserAccounts users, Collection<Long> ids) {
        Map<Long, Colleague> colleagues = users.colleagues(ids);
        return id -> {
            Colleague colleague = id == null ? null : colleagues.get(id);
            return colleague == null ? null : colleague.displayName();
        };
    }
}
