/**
 * The demo world, loaded in demo mode only: the organisations and offices the seeds name, a demo user for every role,
 * and — through the {@link org.sankofa.demo.DemoStep}s of the modules that own them — cases at every stage, legal
 * facts, plans and their evaluations, in the one order of {@link org.sankofa.demo.DemoPart}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Demo world",
        allowedDependencies = { "database", "directory", "identity" })
package org.sankofa.demo;
