package org.sitrep.extract;

import java.util.Locale;

/** What a claim's source does with its content. */
public enum Stance {
    ASSERTS, DENIES, CONFIRMS, DISPUTES, ACCUSES;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The modality that an event or relation stated inside a claim with this stance carries. */
    public Modality modalityOfContent() {
        return switch (this) {
            case DENIES, DISPUTES -> Modality.DENIED;
            case ACCUSES -> Modality.ALLEGED;
            case ASSERTS, CONFIRMS -> Modality.REPORTED;
        };
    }
}
