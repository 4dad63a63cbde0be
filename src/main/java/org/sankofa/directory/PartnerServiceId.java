package org.sankofa.directory;

/** The identifier of a service a partner organisation offers. */
public record PartnerServiceId(long value) {
}
