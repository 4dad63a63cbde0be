package org.sankofa.directory;

import java.time.LocalDate;

/** A regional community of states (ECOWAS, ECCAS, the AU…), identified by its code. */
public record Community(String code, String name, LocalDate foundedOn) {
}
