package org.sankofa.programmes;

import java.util.Collection;
import java.util.List;
import java.util.Map;

/** The programmes as other modules name them (the events that serve one): code and title, never the rest. */
public interface ProgrammeNames {

    /** A programme named by its code and title. */
    record ProgrammeRef(long id, String code, String title) {
    }

    /** The programmes with these ids, by id (unknown ids are left out). */
    Map<Long, ProgrammeRef> programmes(Collection<Long> ids);

    /** Every programme, by code (for choosing some in a form). */
    List<ProgrammeRef> all();
}
