package org.sankofa.directory;

import java.math.BigDecimal;

/** A point in decimal degrees (WGS 84): latitude from -90 to 90, longitude from -180 to 180, five decimals at most. */
public record Coordinates(BigDecimal latitude, BigDecimal longitude) {
}
