package org.sankofa.directory;

/**
 * A search of the organisations: words of the name or acronym (case-insensitive, may be blank), an optional type,
 * and a page (from 0) of a given size.
 */
public record OrganisationQuery(String text, OrganisationType type, int page, int size) {

    public OrganisationQuery {
        text = text == null ? "" : text.strip();
        page = Math.max(page, 0);
        size = Math.max(1, size);
    }

    public long offset() {
        return (long) page * size;
    }
}
