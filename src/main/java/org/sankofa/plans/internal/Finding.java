package org.sankofa.plans.internal;

import org.sankofa.plans.FindingRating;
import org.sankofa.plans.Pillar;

/** A finding of an evaluation on one strategic area of the evaluated plan, or on the whole plan ({@code areaId} null). */
public record Finding(long id, long evaluationId, Long areaId, String areaTitle, Pillar areaPillar,
        FindingRating rating, String text, int version) {
}
