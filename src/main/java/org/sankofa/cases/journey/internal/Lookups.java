package org.sankofa.cases.journey.internal;

import java.util.Collection;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.sankofa.directory.Directory;
import org.sankofa.directory.Office;
import org.sankofa.directory.OfficeId;
import org.sankofa.identity.Colleague;
import org.sankofa.identity.UserAccounts;
import org.springframework.stereotype.Component;

/**
 * The offices and people the journey's lists name, read from their modules once per list (never a query per row, and
 * never a join on their tables): a list reads its own rows with ids, looks the ids up here, and assembles.
 */
@Component
public class Lookups {

    private final Directory directory;
    private final UserAccounts users;

    Lookups(Directory directory, UserAccounts users) {
        this.directory = directory;
        this.users = users;
    }

    /** The offices with these ids (nulls and unknown ids left out), by id, in one query. */
    public Map<Long, Office> offices(Collection<Long> ids) {
        return directory.offices(ids.stream().filter(Objects::nonNull).distinct().map(OfficeId::new).toList())
                .values().stream().collect(Collectors.toMap(office -> office.id().value(), Function.identity()));
    }

    /** How lists name an office: its code and name ({@code SN-DKR — IOM Dakar}); null for none. */
    public static String label(Office office) {
        return office == null ? null : office.code() + " — " + office.name();
    }

    /** Whether two offices of {@code offices} are in different countries (false when either is not there). */
    public static boolean crossBorder(Map<Long, Office> offices, Long fromOfficeId, Long toOfficeId) {
        Office from = fromOfficeId == null ? null : offices.get(fromOfficeId);
        Office to = toOfficeId == null ? null : offices.get(toOfficeId);
        return from != null && to != null && !from.countryCode().equals(to.countryCode());
    }

    /** The people with these ids, in one query. */
    public Map<Long, Colleague> people(Collection<Long> ids) {
        return users.colleagues(ids);
    }

    /** The display name of each of these people, looked up at once; null for a null id or an unknown one. */
    public Function<Long, String> displayNames(Collection<Long> ids) {
        return users.displayNames(ids);
    }
}
