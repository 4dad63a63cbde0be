package org.sankofa.legal;

import java.util.List;

import org.sankofa.cases.TypeOfExploitation;

/**
 * A national law against trafficking in persons.
 *
 * @param exploitationTypes the forms of exploitation it covers (HTCDS 2.0 types of exploitation)
 * @param childSpecific     whether it has provisions specific to children, described in {@code childProvisions}
 * @param link              where its text can be read
 * @param source            where the facts recorded here come from (a link or a citation)
 */
public record NationalLaw(long id, String country, String title, int year, List<TypeOfExploitation> exploitationTypes,
        boolean childSpecific, String childProvisions, String penalties, String link, String source, int version) {

    public NationalLaw {
        exploitationTypes = exploitationTypes == null ? List.of() : List.copyOf(exploitationTypes);
    }
}
