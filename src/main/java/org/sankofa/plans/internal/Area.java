package org.sankofa.plans.internal;

import java.util.List;

import org.sankofa.plans.Pillar;
/** A strategic area of a plan, tagged with its pillar, with its objectives. */
public record Area(long id, long planId, int position, String title, Pillar pillar, String description,
        List<Objective> objectives) {
}
