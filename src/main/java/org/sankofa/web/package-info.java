/**
 * The shared web layer: layout and navigation by role, languages (en, fr, pt), error pages and problem details. The
 * home page is the module {@code work}'s (each role's work).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Web", type = org.springframework.modulith.ApplicationModule.Type.OPEN,
        allowedDependencies = { "database", "directory", "identity", "shared" })
package org.sankofa.web;
