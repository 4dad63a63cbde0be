package org.sankofa.plans.internal;

import java.math.BigDecimal;

import org.sankofa.plans.Disaggregation;
/** A disaggregated part of a value, e.g. SEX / FEMALE / 12. */
public record ValuePart(Disaggregation dimension, String category, BigDecimal value) {
}
