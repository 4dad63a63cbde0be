package org.sankofa.legal;

import java.time.LocalDate;
import java.util.List;

/**
 * An international or regional instrument, e.g. the UN Trafficking in Persons Protocol (2000).
 *
 * @param communities for a regional instrument, the codes of the communities whose members it concerns
 * @param source      where the facts about the instrument come from (a link or a citation)
 */
public record Instrument(InstrumentId id, String title, String shortName, InstrumentKind kind,
        List<String> communities, LocalDate adoptedOn, LocalDate inForceOn, String notes, String source,
        int version) {

    public Instrument {
        communities = communities == null ? List.of() : List.copyOf(communities);
    }

    /** Whether the instrument is a column of a community's matrix: every international one, or a regional one of it. */
    public boolean concerns(String communityCode) {
        return kind == InstrumentKind.INTERNATIONAL || communities.contains(communityCode);
    }
}
