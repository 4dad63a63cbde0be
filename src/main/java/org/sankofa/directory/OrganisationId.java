package org.sankofa.directory;

public record OrganisationId(long value) {
}
