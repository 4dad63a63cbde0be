package org.sankofa.directory;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** The regional communities and who belonged to them on any date. */
public interface Communities {

    List<Community> all();

    Optional<Community> community(String code);

    /** The memberships in force on that date, one per member country, ordered by country code. */
    List<Membership> members(String communityCode, LocalDate date);

    /** Every membership of a country, past and present, ordered by community and date joined. */
    List<Membership> memberships(String countryCode);
}
