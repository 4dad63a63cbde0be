/**
 * Action plans against trafficking in persons: national, regional, bi-regional and interregional plans, their
 * strategic areas (each tagged with a standard pillar so that plans written with four areas, seven strategies or the
 * 4 Ps can be compared), objectives and activities, indicators with targets and values per ISO period, and progress
 * reports per plan and period whose approval locks the values of that period.
 *
 * <p>The public API holds the vocabularies ({@link org.sankofa.plans.Pillar}, {@link org.sankofa.plans.PlanScope}…)
 * and the {@link org.sankofa.plans.IsoPeriod} value type, which the statistics and exchange modules will share.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Action plans",
        allowedDependencies = { "audit", "cases", "demo", "directory", "identity", "shared", "statistics" })
package org.sankofa.plans;
