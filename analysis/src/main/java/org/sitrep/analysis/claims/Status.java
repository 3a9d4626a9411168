package org.sitrep.analysis.claims;

/** Where a question stands once every source's position is counted. */
public enum Status {
    /** Two or more independent sources (different publishers) say so, and nobody denies it. */
    CORROBORATED,
    /** Someone denies it, or the sources name different perpetrators or give conflicting numbers. */
    DISPUTED,
    /** A first (tentative) report was later confirmed: the first report is superseded by the confirmation. */
    SUPERSEDED,
    /** Only one source says so. */
    SINGLE_SOURCE;

    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
    }
}
