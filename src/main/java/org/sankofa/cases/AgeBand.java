package org.sankofa.cases;

/** The age bands of the case list and the statistics, by age at identification. */
public enum AgeBand {
    A0_5("0-5", 0, 5), A6_11("6-11", 6, 11), A12_14("12-14", 12, 14), A15_17("15-17", 15, 17),
    A18_24("18-24", 18, 24), A25_PLUS("25+", 25, 120);

    private final String label;
    private final int min;
    private final int max;

    AgeBand(String label, int min, int max) {
        this.label = label;
        this.min = min;
        this.max = max;
    }

    /** The value used in filters and shown as is, e.g. {@code 12-14}. */
    public String label() {
        return label;
    }

    public int min() {
        return min;
    }

    public int max() {
        return max;
    }

    /** The band with this label; an unknown label is an {@link IllegalArgumentException}. */
    public static AgeBand fromLabel(String label) {
        for (AgeBand band : values()) {
            if (band.label.equals(label)) {
                return band;
            }
        }
        throw new IllegalArgumentException("unknown age band");
    }
}
