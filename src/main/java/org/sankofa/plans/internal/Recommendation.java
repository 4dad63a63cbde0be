package org.sankofa.plans.internal;

import org.sankofa.plans.RecommendationPriority;

/**
 * A recommendation of an evaluation, optionally about one area of the evaluated plan, and optionally linked to an
 * area or an objective of the successor plan ({@code successorTitle} names it).
 */
public record Recommendation(long id, long evaluationId, int position, String text, Long areaId, String areaTitle,
        RecommendationPriority priority, Long successorAreaId, Long successorObjectiveId, String successorTitle,
        String linkedBy, int version) {

    public boolean linked() {
        return successorAreaId != null || successorObjectiveId != null;
    }
}
