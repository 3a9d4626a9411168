package org.sitrep.extract.relation.training;

import org.sitrep.extract.eval.Score;
import org.sitrep.extract.relation.PairFeatures;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Map;

/** The model card shipped beside the learned relation scorer's weights. */
public final class PairModelCard {

    private PairModelCard() {
    }

    public static String of(PairTrainer.Result result, long seed, String command) {
        StringBuilder sb = new StringBuilder();
        sb.append("# Model card: Sitrep relation scorer\n\n");
        sb.append("Trained ").append(LocalDate.now(ZoneOffset.UTC)).append(" with `").append(command).append("`.\n\n");
        sb.append("## What it does\n");
        sb.append("A multinomial logistic-regression head (Smile) over one ordered pair of party names in a sentence that"
                + " the dependency parser has read: which of ")
                .append(String.join(", ", PairTrainer.TYPES.stream().map(t -> t.label()).toList()))
                .append(" the first has to the second, or none. It reads the pair's dependency path (at most ")
                .append(PairFeatures.MAX_PATH).append(" arcs, with and without the words it passes), the words on it,"
                + " the two names' types, their order, and the words between them when they are close, hashed into ")
                .append(result.scorer().cells()).append(" cells. Extraction asks it only about pairs the cue rules left"
                + " unrelated, and keeps its answer when the best type reaches ")
                .append(String.format(Locale.ROOT, "%.2f", result.scorer().threshold()))
                .append("; a kept pair then passes the same checks as every other relation (both ends parties, types"
                + " that fit the relation).\n\n");
        sb.append("## Data\n");
        sb.append("- Sitrep's labelled relation sentences, `").append(RelationCorpus.FOLDER).append("/*.tsv`: ")
                .append(result.ownDocuments()).append(" sentences of conflict and sanctions reporting written by the"
                + " Sitrep team for this purpose (no third-party text; GPL-3.0-or-later like the rest of Sitrep), with"
                + " membership, leadership, ownership, subsidiary, employment, alliance and fighting ties, and"
                + " sentences that name parties with no tie between them.\n");
        sb.append("- Re-DocRED (Tan et al., 2022, revised DocRED; MIT licence, tonytan48/Re-DocRED; documents from English"
                + " Wikipedia), the dev file only: ").append(result.documents() - result.ownDocuments()).append(" documents. Each ordered pair of"
                + " names Sitrep's own tagger finds in one sentence is a row, labelled with the Wikidata relation whose"
                + " two ends those names mention (member of, member of political party; owned by; parent organisation,"
                + " has subsidiary; chairperson, head of state, head of government; employer) in one of its evidence"
                + " sentences, else none")
                .append(".\n- Together: ").append(result.rows()).append(" pairs, ").append(result.positives())
                .append(" related. Fits use every"
                + " related pair and a sample of the unrelated (seed ").append(seed).append(").\n");
        sb.append("- Re-DocRED's test file is never read here: `sitrep eval re-docred` scores the whole extractor on it"
                + " as the held-out part. No text of the corpus is in the Sitrep sources; only these weights.\n\n");
        sb.append("## Figures\n");
        sb.append("Cross-validated over documents (4 folds), pair level, at the chosen penalty (lambda ")
                .append(result.lambda()).append(") and threshold ")
                .append(String.format(Locale.ROOT, "%.2f", result.figuresThreshold())).append(":\n\n");
        sb.append("| rows | type | P | R | F1 | pairs said | pairs related |\n|---|---|---|---|---|---|---|\n");
        table(sb, "all", result.crossValidated());
        table(sb, "Sitrep's sentences", result.crossValidatedOwn());
        table(sb, "Re-DocRED", result.crossValidatedReDocRed());
        sb.append("\nWhole-extractor figures, with and without the scorer, come from `sitrep eval re-docred` and"
                + " `sitrep eval re3d` (`--no-relation-scorer` leaves it out); see the README.\n\n");
        if (result.scorer().threshold() > 1) {
            sb.append("No setting reached a cross-validated precision of ").append(PairTrainer.MIN_PRECISION)
                    .append(" (the figures above are the best F1 found), so the shipped threshold is set above 1: the"
                            + " scorer relates nobody until better data lets it, and extraction skips it.\n\n");
        }
        sb.append("## Limits\n");
        sb.append("Re-DocRED is Wikipedia prose, not conflict reporting (mostly politicians and parties, officials"
                + " and states, firms and owners), and Sitrep's own sentences are few. Only pairs within one sentence, both named; a tie told across"
                + " sentences or through a pronoun is not scored.\n");
        return sb.toString();
    }

    private static void table(StringBuilder sb, String rows, Map<String, Score> scores) {
        for (Map.Entry<String, Score> e : scores.entrySet()) {
            Score s = e.getValue();
            sb.append(String.format(Locale.ROOT, "| %s | %s | %.3f | %.3f | %.3f | %d | %d |%n", rows, e.getKey(),
                    s.precision(), s.recall(), s.f1(), s.systemCount(), s.goldCount()));
        }
    }
}
