package org.sankofa.plans.internal;

import java.math.BigDecimal;
/** The target of an indicator for a period (ISO period code). */
public record Target(String period, BigDecimal target, String targetText) {
}
