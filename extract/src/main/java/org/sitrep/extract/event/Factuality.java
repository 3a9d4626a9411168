package org.sitrep.extract.event;

import edu.stanford.nlp.ling.CoreLabel;
import org.sitrep.extract.Modality;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.IntPredicate;

/** How the kind head's judgement of a sentence reads as an event's modality. */
final class Factuality {

    private Factuality() {
    }

    /**
     * The modality a kind stands for when the parse found none of its own; empty for plain assertions, for kinds
     * (analysis, opinion, ...) that are no stance towards an occurrence, and for reported, alleged and denied:
     * those need someone who reports, alleges or denies, and only a claim found in the text names one. An event whose
     * time the text gives otherwise (its sentence's own date, or an occurrence found before that it names) is
     * background only if that time is, which other rules have already judged; nor is one whose sentence has no word
     * setting it back ({@code markedAsPast}, see {@link #setsBack(List, boolean, IntPredicate)}), as the kind head
     * alone takes many a plain undated report ("Rebels shelled a school") for background.
     */
    static Optional<Modality> fromKind(String kind, boolean timeKnown, boolean markedAsPast) {
        return Optional.ofNullable(switch (kind) {
            case "historical" -> timeKnown || !markedAsPast ? null : Modality.HISTORICAL;
            case "negated" -> Modality.NEGATED;
            case "hypothetical" -> Modality.HYPOTHETICAL;
            case "future" -> Modality.FUTURE;
            default -> null;
        });
    }

    /**
     * Whether the words set the deed back before the report: an adverb of earlier time ("previously", "formerly",
     * "once", "in the past"), a span counted back in months or more ("years ago", "a decade earlier"), or with
     * {@code pastPerfectToo} a past perfect ("had seized"), which current reporting also uses for what came just
     * before the news. Only words for which {@code speaksOfTheDeed} holds count ("friends who met 30 years ago"
     * says when they met, not when the deed was done).
     */
    static boolean setsBack(List<CoreLabel> tokens, boolean pastPerfectToo, IntPredicate speaksOfTheDeed) {
        for (int i = 0; i < tokens.size(); i++) {
            if (!speaksOfTheDeed.test(i)) {
                continue;
            }
            String w = tokens.get(i).word().toLowerCase(Locale.ROOT);
            String next = i + 1 < tokens.size() ? tokens.get(i + 1).word().toLowerCase(Locale.ROOT) : "";
            if (w.equals("previously") || w.equals("formerly")) {
                return true;
            }
            if (w.equals("once") && "RB".equals(tokens.get(i).tag()) && !next.equals("again") && !next.equals("more")) {
                return true; // not "once again", nor "once the talks end"
            }
            if (LONG_UNITS.contains(w) && COUNTED_BACK.contains(next)) {
                return true;
            }
            if (w.equals("past") && i > 1 && tokens.get(i - 1).word().equalsIgnoreCase("the")
                    && tokens.get(i - 2).word().equalsIgnoreCase("in")) {
                return true;
            }
            if (pastPerfectToo && w.equals("had") && tokens.subList(i + 1, Math.min(tokens.size(), i + 4)).stream()
                    .anyMatch(t -> "VBN".equals(t.tag()))) {
                return true;
            }
        }
        return false;
    }

    private static final Set<String> LONG_UNITS = Set.of("months", "year", "years", "decade", "decades");
    private static final Set<String> COUNTED_BACK = Set.of("ago", "earlier", "before");
}
