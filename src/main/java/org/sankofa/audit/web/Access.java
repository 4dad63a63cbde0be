package org.sankofa.audit.web;

/**
 * Who may read the audit log (its pages and its API). The same rule as {@code org.sankofa.identity.Roles.ADMINISTRATORS},
 * spelt again here because identity depends on this module (a dependency back would be a cycle); {@code RolesTests}
 * checks that the two never differ.
 */
final class Access {

    static final String ADMINISTRATORS = "hasRole('ADMINISTRATOR')";

    private Access() {
    }
}
