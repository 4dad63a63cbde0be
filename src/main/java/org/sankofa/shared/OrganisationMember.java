package org.sankofa.shared;

/**
 * A person signed in as a member of an organisation (or of none): what a module below {@code identity} may know of
 * the principal — the directory, for instance, lets a partner edit its own organisation's services.
 */
public interface OrganisationMember {

    /** The organisation the person belongs to, or null. */
    Long organisationId();
}
