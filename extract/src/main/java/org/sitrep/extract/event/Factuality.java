package org.sitrep.extract.event;

import org.sitrep.extract.Modality;

import java.util.Optional;

/** How the kind head's judgement of a sentence reads as an event's modality. */
final class Factuality {

    private Factuality() {
    }

    /**
     * The modality a kind stands for when the parse found none of its own; empty for plain assertions, for kinds
     * (analysis, opinion, ...) that are no stance towards an occurrence, and for reported, alleged and denied:
     * those need someone who reports, alleges or denies, and only a claim found in the text names one. An event whose
     * time the text gives otherwise (its sentence's own date, or an occurrence found before that it names) is
     * background only if that time is, which other rules have already judged.
     */
    static Optional<Modality> fromKind(String kind, boolean timeKnown) {
        return Optional.ofNullable(switch (kind) {
            case "historical" -> timeKnown ? null : Modality.HISTORICAL;
            case "negated" -> Modality.NEGATED;
            case "hypothetical" -> Modality.HYPOTHETICAL;
            case "future" -> Modality.FUTURE;
            default -> null;
        });
    }
}
