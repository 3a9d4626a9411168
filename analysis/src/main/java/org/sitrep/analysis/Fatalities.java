package org.sitrep.analysis;

/**
 * How many people a report says were killed: a range and a best estimate, any of them unknown (null).
 * "At least 23" is low 23, best 23, no high; "up to 35" is a high of 35.
 */
public record Fatalities(Integer low, Integer best, Integer high) {

    /** Nothing said about deaths. */
    public static final Fatalities UNKNOWN = new Fatalities(null, null, null);

    public boolean known() {
        return low != null || best != null || high != null;
    }

    /** The single figure to compare reports by: best, else low, else high; null when unknown. */
    public Integer figure() {
        return best != null ? best : low != null ? low : high;
    }

    /** "23", "at least 23", "23-35", "up to 35", or "?" */
    public String describe() {
        if (!known()) {
            return "?";
        }
        if (low != null && high != null && !low.equals(high)) {
            return low + "-" + high;
        }
        if (high == null && low != null && (best == null || best.equals(low))) {
            return "at least " + low;
        }
        if (low == null && best == null) {
            return "up to " + high;
        }
        return String.valueOf(figure());
    }
}
