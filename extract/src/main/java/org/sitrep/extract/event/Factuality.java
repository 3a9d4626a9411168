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
     * those need someone who reports, alleges or denies, and only a claim found in the text names one. A sentence
     * that gives its own date is background only if that date is, which the parse rules have already judged.
     */
    static Optional<Modality> fromKind(String kind, boolean sentenceHasOwnDate) {
        return Optional.ofNullable(switch (kind) {
            // a sentence that gives its own date was already weighed against the document's date by the parse rules
            case "historical" -> sentenceHasOwnDate ? null : Modality.HISTORICAL;
            case "negated" -> Modality.NEGATED;
            case "hypothetical" -> Modality.HYPOTHETICAL;
            case "future" -> Modality.FUTURE;
            default -> null;
        });
    }
}
