package org.sankofa.cases.internal;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.sankofa.identity.Colleague;
import org.sankofa.identity.UserAccounts;
import org.springframework.stereotype.Component;

/**
 * The names of the staff a list of a case's records shows ("recorded by", "decided by"), from the identity module in
 * one lookup per list — never a join on its tables, never a query per row.
 */
@Component
public class StaffNames {

    private final UserAccounts users;

    StaffNames(UserAccounts users) {
        this.users = users;
    }

    /** The display names of these users, by id (unknown ids and nulls are left out). */
    public Map<Long, String> of(Collection<Long> userIds) {
        List<Long> ids = userIds.stream().filter(Objects::nonNull).distinct().toList();
        return users.colleagues(ids).values().stream()
                .collect(Collectors.toMap(Colleague::id, Colleague::displayName));
    }

    /** The rows, each given the name of the person {@code who} names (null when nobody or unknown). */
    public <R, T> List<T> named(List<R> rows, Function<R, Long> who, BiFunction<R, String, T> named) {
        Map<Long, String> names = of(rows.stream().map(who).toList());
        return rows.stream().map(row -> named.apply(row, names.get(who.apply(row)))).toList();
    }
}
