package org.sitrep.analysis.claims;

import java.util.Locale;

/** Source reliability on the Admiralty (NATO) scale, graded per publisher by the user. */
public enum Reliability {
    A("completely reliable"),
    B("usually reliable"),
    C("fairly reliable"),
    D("not usually reliable"),
    E("unreliable"),
    F("reliability cannot be judged");

    private final String meaning;

    Reliability(String meaning) {
        this.meaning = meaning;
    }

    public String meaning() {
        return meaning;
    }

    /** The grade a letter names, ignoring case. */
    public static Reliability parse(String letter) {
        try {
            return valueOf(letter.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("not an Admiralty reliability grade (A-F): '" + letter + "'");
        }
    }
}
