package org.sankofa.plans.internal;

import java.util.List;
/** A plan with its tree (areas, objectives, activities) and its indicators. */
public record PlanTree(Plan plan, List<Area> areas, List<Indicator> indicators) {
}
