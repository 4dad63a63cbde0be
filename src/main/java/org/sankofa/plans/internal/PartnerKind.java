package org.sankofa.plans.internal;


/** A partner supports a plan (e.g. with technical assistance); a funder pays for it. */
public enum PartnerKind {
    PARTNER, FUNDER
}
