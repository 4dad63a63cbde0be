/**
 * Directory: countries (ISO 3166-1), regional communities with dated memberships, organisations and their offices.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Directory",
        allowedDependencies = { "audit", "shared" })
package org.sankofa.directory;
