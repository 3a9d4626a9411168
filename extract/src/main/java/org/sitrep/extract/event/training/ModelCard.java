package org.sitrep.extract.event.training;

import org.sitrep.extract.event.EventClassifier;

import org.sitrep.extract.event.EventFeatures;

import java.util.Locale;
import java.util.Map;

/** The model card shipped beside the event heads: what they were trained on, under which licences, how well they do. */
public final class ModelCard {

    private ModelCard() {
    }

    /** The card of {@code result}, trained from {@code corpus} with {@code seed}, as Markdown. */
    public static String of(EventTrainer.Result result, EventCorpus corpus, long seed, String command) {
        Map<String, Long> rows = corpus.rows().stream().collect(java.util.stream.Collectors.groupingBy(
                EventCorpus.Row::origin, java.util.LinkedHashMap::new, java.util.stream.Collectors.counting()));
        StringBuilder md = new StringBuilder();
        md.append("# Model card: Sitrep event heads\n\n");
        md.append("Trained ").append(result.heads().trained()).append(" with `").append(command).append("`.\n\n");
        md.append("## What they do\n");
        md.append("Three logistic-regression heads over one sentence: its vector from the `")
                .append(result.heads().encoder())
                .append("` encoder (langchain4j's quantised ONNX build, Apache-2.0, run in-process by ONNX Runtime)")
                .append(" and one cell per sub-event type that Sitrep's trigger lexicon finds in it")
                .append(result.heads().wordCells() > 0 ? ", then its lemmas hashed into " + result.heads().wordCells()
                        + " cells" : "").append(".\n");
        md.append("- `occurrence`: does the sentence report a concrete occurrence (asserted, reported, alleged, denied")
                .append(" or historical), or not (analysis, opinion, policy, plan or threat, hypothesis, negation,")
                .append(" generic statement, follow-up of an occurrence already told)?")
                .append(result.heads().kindVotes() ? " The occurrence score is the mean of this head's answer and the"
                        + " `kind` head's probability mass on the occurrence kinds." : "")
                .append(" Threshold ")
                .append(fmt(result.heads().threshold()))
                .append("; at extraction a score below ").append(fmt(EventClassifier.SURE_OCCURRENCE))
                .append(" counts only when the `subtype` head gives its best type at least ")
                .append(fmt(EventClassifier.TYPE_FLOOR)).append(" (the figures below are the heads' alone).\n");
        md.append("- `subtype`: which of ACLED's sub-event types, or Sitrep's \"Economic and legal\" ones.\n");
        md.append("- `screen`: a cheaper head over the sentence's lemmas (hashed into ")
                .append(EventFeatures.WORD_CELLS).append(" cells) and the lexicon")
                .append(" cells; a sentence goes on to the encoder when it passes (threshold ")
                .append(fmt(result.heads().screenThreshold())).append(") or holds a word of the trigger lexicon.")
                .append(" On the held-out part that lets through ")
                .append(fmt(result.screenKept())).append(" of all sentences and ")
                .append(fmt(result.screenKeptOccurrences())).append(" of the occurrences.\n");
        md.append("- `kind`: how the sentence stands towards it (one of the kinds above); extraction reads it beside")
                .append(" the dependency parse to set an event's modality.\n\n");
        md.append("## Data\n");
        md.append("- Sitrep's labelled event sentences, `").append(EventCorpus.FOLDER)
                .append("/*.tsv`: short news items written by the")
                .append(" Sitrep team for this purpose (no third-party text), ")
                .append(rows.getOrDefault(EventCorpus.SITREP, 0L))
                .append(" sentences, GPL-3.0-or-later like the rest of Sitrep.\n");
        if (rows.containsKey(CausalNewsCorpus.ORIGIN)) {
            md.append("- Real news sentences on protests, riots and political violence from the Causal News Corpus")
                    .append(" V2, subtask 1 (Tan et al., CASE shared task on event causality; CC0 1.0), train and dev files: ")
                    .append(rows.get(CausalNewsCorpus.ORIGIN)).append(" sentences, labelled by the Sitrep team with")
                    .append(" its own labels (the corpus's causality labels are not used). Only the labels are in the")
                    .append(" Sitrep sources (`").append(CausalNewsCorpus.LABELS).append("/*.tsv`, by sentence index);")
                    .append(" the texts are read from the corpus files at training time. The corpus gives no article")
                    .append(" ids, so runs of ").append(CausalNewsCorpus.RUN)
                    .append(" neighbouring sentences count as one news item for the split.\n");
        }
        if (rows.containsKey(Muc4Corpus.ORIGIN)) {
            md.append("- Real wire reports of bombings, killings, kidnappings and clashes in Latin America, 1989-91,")
                    .append(" from the MUC-4 terrorism corpus (MUC-3/4 data, free of charge courtesy of FBIS via NIST;")
                    .append(" train part): ").append(rows.get(Muc4Corpus.ORIGIN))
                    .append(" sentences of whole reports, labelled by the Sitrep team with its own labels (the corpus's")
                    .append(" role fillers are not used). Only the labels are in the Sitrep sources (`")
                    .append(Muc4Corpus.LABELS).append("/*.tsv`, by report id and sentence number); the texts are read")
                    .append(" from the corpus file at training time, in lower case with a capital first letter (the")
                    .append(" reports are in capitals). Each report is one news item for the split.\n");
        }
        md.append("- Split by news item with seed ").append(seed).append(": tuning part ").append(result.tuningRows())
                .append(" sentences in ").append(result.tuningDocs()).append(" items; held-out part ")
                .append(result.heldOutRows()).append(" sentences in ").append(result.heldOutDocs())
                .append(" items. The heads are fitted on the tuning part only; ")
                .append(command.contains("--threshold")
                        ? "the penalty (lambda " + fmt(result.lambda()) + ") and the occurrence threshold were set by"
                        + " the command (the threshold for occurrence precision, not by cross-validation, which favours"
                        + " rare types' recall)"
                        : "the penalty (lambda " + fmt(result.lambda()) + ") and the threshold were chosen by"
                        + " cross-validation over tuning items")
                .append(". The held-out part is never used to fit or choose anything.\n");
        md.append('\n');
        md.append("## Figures\n");
        md.append("| part | occurrence P | occurrence R | sub-type macro-F1 (occurrences) | ACLED macro-F1 (types + none) | kind accuracy |\n");
        md.append("|---|---|---|---|---|---|\n");
        row(md, "tuning (fitted on)", result.tuning());
        row(md, "held-out", result.heldOut());
        if (result.heldOutByOrigin().size() > 1) {
            result.heldOutByOrigin().forEach((origin, scores) -> row(md, "held-out, " + origin + " only ("
                    + result.heldOutRowsByOrigin().get(origin) + " sentences)", scores));
        }
        md.append("\nHeld-out F1 per class of the ACLED-style task:\n\n");
        for (Map.Entry<String, Double> e : result.heldOut().perClass().entrySet()) {
            md.append("- ").append(e.getKey()).append(": ").append(fmt(e.getValue())).append('\n');
        }
        md.append("\n## Limits\n");
        md.append("- Sitrep's own held-out sentences were written by the same team as its tuning sentences, so their")
                .append(" figures are an upper bound of what the heads do on reporting nobody here wrote; the Causal")
                .append(" News rows are real reporting, but mostly on protests and riots in a handful of countries, and their")
                .append(" held-out runs may share articles with tuning runs; the MUC-4 reports are real too, but")
                .append(" from one region and three years, in the style of translated wire copy.\n");
        md.append("- English only; one judgement per sentence.\n");
        return md.toString();
    }

    private static void row(StringBuilder md, String part, Scores s) {
        md.append("| ").append(part).append(" | ").append(fmt(s.occurrencePrecision())).append(" | ")
                .append(fmt(s.occurrenceRecall())).append(" | ").append(fmt(s.subtypeMacroF1())).append(" | ")
                .append(fmt(s.acledMacroF1())).append(" | ").append(fmt(s.kindAccuracy())).append(" |\n");
    }

    private static String fmt(double v) {
        return String.format(Locale.ROOT, "%.3f", v);
    }
}
