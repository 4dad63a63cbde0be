package org.sankofa.directory;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The regional communities and who belonged to them on any date. */
public interface Communities {

    List<Community> all();

    Optional<Community> community(String code);

    /** The memberships in force on that date, one per member country, ordered by country code. */
    List<Membership> members(String communityCode, LocalDate date);

    /** How many members each community had on that date, by community code, in one query (none: 0 or absent). */
    Map<String, Integer> memberCounts(LocalDate date);

    /** Every membership of a country, past and present, ordered by community and date joined. */
    List<Membership> memberships(String countryCode);
}
