package org.sankofa.plans.internal;

import java.util.List;
/** An objective of a strategic area, with its activities. */
public record Objective(long id, long areaId, int position, String title, List<Activity> activities) {
}
