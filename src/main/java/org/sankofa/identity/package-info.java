/**
 * Identity: people who sign in, in an organisation and an office, with roles and scopes; passwords, waits after
 * failed sign-ins, second factor, sessions and personal access tokens for the API.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Identity",
        allowedDependencies = { "audit", "database", "directory", "shared" })
package org.sankofa.identity;
