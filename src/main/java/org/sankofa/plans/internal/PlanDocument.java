package org.sankofa.plans.internal;


/** A document of a plan: a title and a link. */
public record PlanDocument(String title, String url) {
}
