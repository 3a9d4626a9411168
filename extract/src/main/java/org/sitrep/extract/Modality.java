package org.sitrep.extract;

import java.util.Locale;

/** How the text stands towards an event or relation it mentions. */
public enum Modality {
    /** Stated by the document itself as fact. */
    ASSERTED,
    /** Stated by someone the document quotes or cites. */
    REPORTED,
    /** Stated by someone as an accusation. */
    ALLEGED,
    /** Denied by someone the document quotes. */
    DENIED,
    /** Said not to have happened. */
    NEGATED,
    /** Conditional or merely possible. */
    HYPOTHETICAL,
    /** Planned, threatened or expected. */
    FUTURE,
    /** Background: happened well before the document's date. */
    HISTORICAL;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
