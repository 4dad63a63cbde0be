package org.sankofa.legal;

import java.util.List;

import org.sankofa.cases.TypeOfExploitation;

/** What is needed to record or change a national law; {@code year} may be null only to be refused with a message. */
public record NewLaw(String country, String title, Integer year, List<TypeOfExploitation> exploitationTypes,
        Boolean childSpecific, String childProvisions, String penalties, String link, String source) {
}
