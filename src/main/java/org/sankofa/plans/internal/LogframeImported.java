package org.sankofa.plans.internal;

/** What an import wrote into the plan. */
public record LogframeImported(long planId, int areas, int objectives, int activities, int indicators, int targets) {
}
