package org.sitrep.extract.event;

import org.sitrep.extract.Modality;

import java.util.Optional;

/** How the kind head's judgement of a sentence reads as an event's modality. */
final class Factuality {

    private Factuality() {
    }

    /**
     * The modality a kind stands for when the parse found none of its own; empty for plain assertions and for
     * kinds (analysis, opinion, ...) that are no stance towards an occurrence.
     */
    static Optional<Modality> fromKind(String kind) {
        return Optional.ofNullable(switch (kind) {
            case "reported" -> Modality.REPORTED;
            case "alleged" -> Modality.ALLEGED;
            case "denied" -> Modality.DENIED;
            case "historical" -> Modality.HISTORICAL;
            case "negated" -> Modality.NEGATED;
            case "hypothetical" -> Modality.HYPOTHETICAL;
            case "future" -> Modality.FUTURE;
            default -> null;
        });
    }
}
