package org.sankofa.programmes.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;

import org.sankofa.programmes.TargetMeasure;

/**
 * A donor report of a programme for an ISO period: each target against what was achieved in the period, with the
 * breakdowns by country, sex and age band of the measures counted from the cases, and the narrative. Aggregates only:
 * a count of persons between 1 and {@code threshold - 1} is suppressed, and so is a second cell of a breakdown that
 * would let the suppressed one be worked out from the total.
 */
public record DonorReport(long programmeId, String code, String title, List<String> donors, String period,
        LocalDate from, LocalDate to, int threshold, List<Line> lines, String narrative) {

    /**
     * A figure as published: its value, or suppressed — "fewer than the threshold" when it is small, "not shown" when
     * it is hidden so that a small one cannot be worked out.
     */
    public record Cell(@JsonIgnore long value, boolean suppressed,
            @JsonProperty("fewerThanThreshold") boolean fewer) {

        /** A figure shown as it is, or suppressed as small. */
        public Cell(long value, boolean suppressed) {
            this(value, suppressed, suppressed);
        }

        /** The value as published (JSON {@code value}): null when suppressed, so that it never leaves the server. */
        @JsonProperty("value")
        public Long published() {
            return suppressed ? null : value;
        }

        /** The value as a text in the report, or null when it is suppressed (the caller writes "fewer than n" or "not
         * shown"). */
        public String shown() {
            return suppressed ? null : Long.toString(value);
        }
    }

    /** A category of a breakdown (a country code, a sex, an age band) and its cell. */
    public record Part(String category, Cell cell) {
    }

    /** A target in the period: what was aimed at (null when no value is set for the period) and achieved. */
    public record Line(String label, TargetMeasure measure, BigDecimal baseline, BigDecimal aimed, Cell achieved,
            boolean counted, List<Part> byCountry, List<Part> bySex, List<Part> byAgeBand) {
    }
}
