package org.sankofa.plans.internal;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.sankofa.directory.Directory;
import org.sankofa.directory.OrganisationId;
import org.springframework.stereotype.Component;

/**
 * The names of the organisations that plans, activities and evaluations point to, read from the directory in one
 * lookup per list (never a join on the directory's tables, never a lookup per row).
 */
@Component
class OrganisationNames {

    private final Directory directory;

    OrganisationNames(Directory directory) {
        this.directory = directory;
    }

    /** The names of the organisations with these ids (nulls and unknown ids left out), by id; null gets null. */
    Map<Long, String> of(Collection<Long> ids) {
        Map<Long, String> names = new HashMap<>();
        List<OrganisationId> wanted = ids.stream().filter(Objects::nonNull).distinct().map(OrganisationId::new)
                .toList();
        if (!wanted.isEmpty()) {
            directory.organisations(wanted).values().forEach(o -> names.put(o.id().value(), o.name()));
        }
        return names;
    }
}
