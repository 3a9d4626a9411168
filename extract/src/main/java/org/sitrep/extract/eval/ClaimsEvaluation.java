package org.sitrep.extract.eval;

import org.sitrep.extract.Claim;
import org.sitrep.extract.DocumentExtraction;
import org.sitrep.extract.Entity;
import org.sitrep.extract.Event;
import org.sitrep.extract.Extractor;
import org.sitrep.extract.InputDocument;
import org.sitrep.model.DocDate;
import org.sitrep.model.Span;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Scores who said what on Sitrep's own labelled claims ({@code extract/training/claims/*.claims}, format in the
 * README there): whether each labelled claim is found, how much of the found content is the labelled content, and
 * whether its source, cue and stance are right.
 *
 * <p>A labelled claim is matched one to one with the found claim whose content overlaps it most (in characters).
 * The source is right when the found claim's {@code source_text}, or the name or an alias of its source entity, names
 * the labelled speaker: one holds the other's words ("Defence Minister Ali Reza" for "Ali Reza"); so "he" is right
 * only when it was resolved to the named speaker. A claim labelled without a source is right without one.
 *
 * <p>Documents are split once into a tuning part and a held-out part (a third) by a hash of their id: rules are
 * tuned on the first only, and {@code --errors} lists the first only.
 */
public final class ClaimsEvaluation {

    /** The seed of the document split; fixed so that the parts never change. */
    public static final long SPLIT_SEED = 12L;

    static final Set<String> STANCES = Set.of("asserts", "denies", "confirms", "disputes", "accuses");

    /** Words that say nothing of who speaks, dropped before names are compared. */
    private static final Set<String> FUNCTION_WORDS = Set.of("the", "a", "an", "of", "its", "his", "her", "their", "s",
            "he", "she", "they", "it", "we", "i", "him", "them", "in", "for", "and", "to", "at", "on", "one");

    /**
     * A labelled claim: its speaker's names (empty when none is given), cue, content span (code points) and stance.
     */
    public record GoldClaim(List<String> sources, String cue, int start, int end, String content, String stance,
                            int line) {
        public GoldClaim {
            sources = List.copyOf(sources);
        }
    }

    /** A labelled document. */
    public record GoldDocument(String id, String text, List<GoldClaim> claims) {
        public GoldDocument {
            claims = List.copyOf(claims);
        }
    }

    /**
     * Counts over a set of documents.
     *
     * @param gold             labelled claims
     * @param found            claims Sitrep found
     * @param matched          labelled claims matched to a found claim
     * @param contentPrecision sum over matched claims of the share of the found content that lies in the labelled one
     * @param contentRecall    sum over matched claims of the share of the labelled content that the found one covers
     * @param sourceRight      matched claims whose source names the labelled speaker
     * @param cueRight         matched claims with the labelled cue
     * @param stanceRight      matched claims with the labelled stance
     * @param speakerAsActor   found claims whose speaker is made the actor of an event the claim is about, though
     *                         the content does not name the speaker ("the Observatory reported 20 raids": the
     *                         Observatory raided nothing); no label is needed to count them
     */
    public record Figures(int documents, int gold, int found, int matched, double contentPrecision,
                          double contentRecall, int sourceRight, int cueRight, int stanceRight, int speakerAsActor) {

        static final Figures ZERO = new Figures(0, 0, 0, 0, 0, 0, 0, 0, 0, 0);

        Figures plus(Figures o) {
            return new Figures(documents + o.documents, gold + o.gold, found + o.found, matched + o.matched,
                    contentPrecision + o.contentPrecision, contentRecall + o.contentRecall,
                    sourceRight + o.sourceRight, cueRight + o.cueRight, stanceRight + o.stanceRight,
                    speakerAsActor + o.speakerAsActor);
        }

        public double recall() {
            return ratio(matched, gold);
        }

        public double precision() {
            return ratio(matched, found);
        }

        public double meanContentPrecision() {
            return matched == 0 ? 0 : contentPrecision / matched;
        }

        public double meanContentRecall() {
            return matched == 0 ? 0 : contentRecall / matched;
        }

        public double sourceAccuracy() {
            return ratio(sourceRight, matched);
        }

        public double cueAccuracy() {
            return ratio(cueRight, matched);
        }

        public double stanceAccuracy() {
            return ratio(stanceRight, matched);
        }

        public Map<String, Object> asMap() {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("documents", documents);
            m.put("gold", gold);
            m.put("found", found);
            m.put("claim_recall", round(recall()));
            m.put("claim_precision", round(precision()));
            m.put("content_precision", round(meanContentPrecision()));
            m.put("content_recall", round(meanContentRecall()));
            m.put("source_right", round(sourceAccuracy()));
            m.put("cue_right", round(cueAccuracy()));
            m.put("stance_accuracy", round(stanceAccuracy()));
            m.put("speaker_as_actor", speakerAsActor);
            return m;
        }
    }

    /** One document scored: its figures and what went wrong, line by line. */
    public record Scored(Figures figures, List<String> notes) {
    }

    /** Figures of both parts and of all, and the notes of each document. */
    public record Result(Figures tuning, Figures heldOut, Figures all, Map<String, List<String>> notes,
                         List<String> tuningIds) {
        public Map<String, Object> asMap() {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("tuning", tuning.asMap());
            m.put("held_out", heldOut.asMap());
            m.put("all", all.asMap());
            return m;
        }
    }

    private final List<GoldDocument> documents;

    public ClaimsEvaluation(List<GoldDocument> documents) {
        this.documents = List.copyOf(documents);
    }

    public List<GoldDocument> documents() {
        return documents;
    }

    /** The labelled folder in the Sitrep sources under {@code home}. */
    public static Path inSources(Path home) {
        return home.resolve("extract").resolve("training").resolve("claims");
    }

    /**
     * Whether document {@code id} is held out: a third of the documents, chosen by a hash of the id (the hash of
     * {@code EventCorpus.isHeldOut}), so the split keeps each document whole and does not move when files are added.
     */
    public static boolean isHeldOut(String id) {
        long h = SPLIT_SEED * 0x9E3779B97F4A7C15L;
        for (int i = 0; i < id.length(); i++) {
            h = (h ^ id.charAt(i)) * 0x100000001B3L;
        }
        h ^= h >>> 29;
        return Math.floorMod(h, 3) == 0;
    }

    /** Reads every {@code .claims} file of {@code dir} (or the one file {@code dir}), in name order. */
    public static ClaimsEvaluation load(Path dir) throws IOException {
        List<Path> files;
        if (Files.isDirectory(dir)) {
            try (Stream<Path> s = Files.list(dir)) {
                files = s.filter(p -> p.getFileName().toString().endsWith(".claims")).sorted().toList();
            }
        } else {
            files = List.of(dir);
        }
        List<GoldDocument> docs = new ArrayList<>();
        Set<String> ids = new java.util.HashSet<>();
        for (Path f : files) {
            for (GoldDocument d : parse(f.toString(), Files.readAllLines(f, StandardCharsets.UTF_8))) {
                if (!ids.add(d.id())) {
                    throw new IOException(f + ": document id " + d.id() + " given twice");
                }
                docs.add(d);
            }
        }
        return new ClaimsEvaluation(docs);
    }

    /**
     * Parses the lines of one {@code .claims} file: {@code == id}, the text, {@code --}, then one claim a line,
     * {@code source | cue | content | stance}. A bad line is reported with {@code file}:line.
     */
    static List<GoldDocument> parse(String file, List<String> lines) throws IOException {
        List<GoldDocument> out = new ArrayList<>();
        String id = null;
        List<String> text = new ArrayList<>();
        List<String[]> claims = new ArrayList<>();
        List<Integer> claimLines = new ArrayList<>();
        boolean inClaims = false;
        for (int n = 0; n <= lines.size(); n++) {
            String line = n < lines.size() ? lines.get(n) : null;
            if (line == null || line.startsWith("== ")) {
                if (id != null) {
                    if (!inClaims) {
                        throw new IOException(file + ":" + n + ": document " + id + " has no '--' line before its claims");
                    }
                    out.add(document(file, id, String.join("\n", text).strip(), claims, claimLines));
                }
                if (line == null) {
                    break;
                }
                id = line.substring(3).strip();
                text = new ArrayList<>();
                claims = new ArrayList<>();
                claimLines = new ArrayList<>();
                inClaims = false;
            } else if (id == null) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    throw new IOException(file + ":" + (n + 1) + ": text before the first '== id' line");
                }
            } else if (!inClaims && line.equals("--")) {
                inClaims = true;
            } else if (!inClaims) {
                text.add(line);
            } else if (!line.isBlank() && !line.startsWith("#")) {
                String[] cells = line.split("\\|", -1);
                if (cells.length != 4) {
                    throw new IOException(file + ":" + (n + 1) + ": a claim needs 4 cells 'source | cue | content | stance', got "
                            + cells.length);
                }
                claims.add(Arrays.stream(cells).map(String::strip).toArray(String[]::new));
                claimLines.add(n + 1);
            }
        }
        return out;
    }

    private static GoldDocument document(String file, String id, String text, List<String[]> cells, List<Integer> lines)
            throws IOException {
        List<GoldClaim> claims = new ArrayList<>();
        for (int k = 0; k < cells.size(); k++) {
            String[] c = cells.get(k);
            String where = file + ":" + lines.get(k);
            if (!STANCES.contains(c[3])) {
                throw new IOException(where + ": unknown stance '" + c[3] + "' (one of " + STANCES + ")");
            }
            if (c[1].isEmpty() || c[2].isEmpty()) {
                throw new IOException(where + ": a claim needs a cue and a content");
            }
            int at = wordAt(text, c[2]);
            if (at < 0) {
                throw new IOException(where + ": content not found in the text of " + id + ": " + c[2]);
            }
            if (wordAt(text, c[1]) < 0) {
                throw new IOException(where + ": cue not found in the text of " + id + ": " + c[1]);
            }
            List<String> sources = c[0].equals("-") ? List.of()
                    : Arrays.stream(c[0].split("/")).map(String::strip).filter(s -> !s.isEmpty()).toList();
            int start = text.codePointCount(0, at);
            claims.add(new GoldClaim(sources, c[1], start, start + c[2].codePointCount(0, c[2].length()), c[2], c[3],
                    lines.get(k)));
        }
        return new GoldDocument(id, text, claims);
    }

    /** The first index of {@code phrase} in {@code text} that starts and ends at word boundaries, or -1. */
    private static int wordAt(String text, String phrase) {
        for (int at = text.indexOf(phrase); at >= 0; at = text.indexOf(phrase, at + 1)) {
            int end = at + phrase.length();
            boolean before = at == 0 || !Character.isLetterOrDigit(text.charAt(at - 1))
                    || !Character.isLetterOrDigit(phrase.charAt(0));
            boolean after = end == text.length() || !Character.isLetterOrDigit(text.charAt(end))
                    || !Character.isLetterOrDigit(phrase.charAt(phrase.length() - 1));
            if (before && after) {
                return at;
            }
        }
        return -1;
    }

    /** Runs {@code extractor} on every document and scores it. */
    public Result evaluate(Extractor extractor) {
        Figures tuning = Figures.ZERO;
        Figures heldOut = Figures.ZERO;
        Map<String, List<String>> notes = new LinkedHashMap<>();
        List<String> tuningIds = new ArrayList<>();
        for (GoldDocument d : documents) {
            DocumentExtraction x = extractor.extract(new InputDocument(d.id(), 0, null, d.text(), DocDate.UNKNOWN));
            Scored s = score(d, x);
            notes.put(d.id(), s.notes());
            if (isHeldOut(d.id())) {
                heldOut = heldOut.plus(s.figures());
            } else {
                tuning = tuning.plus(s.figures());
                tuningIds.add(d.id());
            }
        }
        return new Result(tuning, heldOut, tuning.plus(heldOut), notes, tuningIds);
    }

    /** Scores the claims {@code x} found in {@code d} against its labels. */
    public static Scored score(GoldDocument d, DocumentExtraction x) {
        List<Claim> found = x.claims();
        record Pair(int gold, int found, int overlap) {
        }
        List<Pair> pairs = new ArrayList<>();
        for (int g = 0; g < d.claims().size(); g++) {
            for (int f = 0; f < found.size(); f++) {
                int o = overlap(d.claims().get(g), found.get(f).content());
                if (o > 0) {
                    pairs.add(new Pair(g, f, o));
                }
            }
        }
        pairs.sort(Comparator.comparingInt(Pair::overlap).reversed());
        int[] matchOf = new int[d.claims().size()];
        Arrays.fill(matchOf, -1);
        boolean[] used = new boolean[found.size()];
        for (Pair p : pairs) {
            if (matchOf[p.gold()] < 0 && !used[p.found()]) {
                matchOf[p.gold()] = p.found();
                used[p.found()] = true;
            }
        }
        int matched = 0;
        int source = 0;
        int cue = 0;
        int stance = 0;
        double precision = 0;
        double recall = 0;
        List<String> notes = new ArrayList<>();
        for (int g = 0; g < d.claims().size(); g++) {
            GoldClaim gold = d.claims().get(g);
            if (matchOf[g] < 0) {
                notes.add("MISS   line " + gold.line() + " [" + gold.cue() + "] " + gold.content() + "  (source: "
                        + String.join(" / ", gold.sources()) + ")");
                continue;
            }
            Claim c = found.get(matchOf[g]);
            matched++;
            int letters = letters(d.text(), c.content().start(), c.content().end());
            int inside = letters(d.text(), Math.max(c.content().start(), gold.start()), Math.min(c.content().end(), gold.end()));
            precision += letters == 0 ? 0 : (double) inside / letters;
            int goldLetters = letters(d.text(), gold.start(), gold.end());
            recall += goldLetters == 0 ? 0 : (double) inside / goldLetters;
            boolean sourceOk = sourceRight(gold, c, x);
            boolean cueOk = c.cue().text().equalsIgnoreCase(gold.cue());
            boolean stanceOk = c.stance().label().equals(gold.stance());
            source += sourceOk ? 1 : 0;
            cue += cueOk ? 1 : 0;
            stance += stanceOk ? 1 : 0;
            if (!sourceOk) {
                notes.add("SOURCE line " + gold.line() + " want " + String.join(" / ", gold.sources()) + ", got "
                        + describeSource(c, x) + "  [" + c.cue().text() + "] " + c.content().text());
            }
            if (!cueOk || !stanceOk) {
                notes.add("CUE    line " + gold.line() + " want " + gold.cue() + "/" + gold.stance() + ", got "
                        + c.cue().text() + "/" + c.stance().label());
            }
            if (inside < letters) {
                notes.add("WIDE   line " + gold.line() + " want '" + gold.content() + "', got '" + c.content().text() + "'");
            }
        }
        int speakerAsActor = 0;
        for (Claim c : found) {
            for (Event v : x.events()) {
                if (c.about().contains(v.id()) && c.source() != null && v.actors().contains(c.source())
                        && !namedWithin(x, c.source(), c.content())) {
                    speakerAsActor++;
                    notes.add("ACTOR  " + describeSource(c, x) + " made the actor of " + v.id() + " "
                            + v.type().subtype() + "  [" + c.cue().text() + "] " + c.content().text());
                }
            }
        }
        for (int f = 0; f < found.size(); f++) {
            if (!used[f]) {
                Claim c = found.get(f);
                notes.add("EXTRA  " + describeSource(c, x) + " [" + c.cue().text() + "/" + c.stance().label() + "] "
                        + c.content().text());
            }
        }
        return new Scored(new Figures(1, d.claims().size(), found.size(), matched, precision, recall, source, cue,
                stance, speakerAsActor), notes);
    }

    /** Whether entity {@code id} has a mention inside {@code span} ("the army said it killed 40": it is the army). */
    private static boolean namedWithin(DocumentExtraction x, String id, Span span) {
        return x.entities().stream().filter(e -> e.id().equals(id)).flatMap(e -> e.mentions().stream())
                .anyMatch(m -> m.start() >= span.start() && m.end() <= span.end());
    }

    /** Whether the found claim names the labelled speaker (see the class comment). */
    static boolean sourceRight(GoldClaim gold, Claim c, DocumentExtraction x) {
        List<String> names = new ArrayList<>();
        if (c.sourceText() != null) {
            names.add(c.sourceText());
        }
        if (c.source() != null) {
            for (Entity e : x.entities()) {
                if (e.id().equals(c.source())) {
                    names.add(e.name());
                    names.addAll(e.aliases());
                }
            }
        }
        List<List<String>> candidates = names.stream().map(ClaimsEvaluation::words).filter(w -> !w.isEmpty()).toList();
        if (gold.sources().isEmpty()) {
            return candidates.isEmpty();
        }
        for (String want : gold.sources()) {
            List<String> w = words(want);
            for (List<String> have : candidates) {
                if (!w.isEmpty() && (Collections.indexOfSubList(have, w) >= 0 || Collections.indexOfSubList(w, have) >= 0)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The words of a name that say who it is: lower case, without function words and pronouns. */
    static List<String> words(String name) {
        List<String> out = new ArrayList<>();
        for (String w : name.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (!w.isEmpty() && !FUNCTION_WORDS.contains(w)) {
                out.add(w);
            }
        }
        return out;
    }

    private static String describeSource(Claim c, DocumentExtraction x) {
        String entity = c.source() == null ? "" : x.entities().stream().filter(e -> e.id().equals(c.source()))
                .map(e -> " = " + e.name()).findFirst().orElse("");
        return (c.sourceText() == null ? "(none)" : "'" + c.sourceText() + "'") + entity;
    }

    private static int overlap(GoldClaim g, Span s) {
        return Math.max(0, Math.min(g.end(), s.end()) - Math.max(g.start(), s.start()));
    }

    /** Letters and digits of {@code text} between code points {@code from} and {@code to}. */
    private static int letters(String text, int from, int to) {
        if (to <= from) {
            return 0;
        }
        int a = text.offsetByCodePoints(0, from);
        int b = text.offsetByCodePoints(a, to - from);
        return (int) text.substring(a, b).codePoints().filter(Character::isLetterOrDigit).count();
    }

    /** The figures as a table: tuning, held-out and all. */
    public static String report(Result r) {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, "%-9s %5s %5s %6s %7s %7s %9s %9s %7s %7s %7s %8s%n", "claims", "docs",
                "gold", "found", "recall", "prec", "content-P", "content-R", "source", "cue", "stance", "spk-actor"));
        row(sb, "tuning", r.tuning());
        row(sb, "held-out", r.heldOut());
        row(sb, "all", r.all());
        return sb.toString();
    }

    private static void row(StringBuilder sb, String name, Figures f) {
        sb.append(String.format(Locale.ROOT, "%-9s %5d %5d %6d %7.3f %7.3f %9.3f %9.3f %7.3f %7.3f %7.3f %8d%n", name,
                f.documents(), f.gold(), f.found(), f.recall(), f.precision(), f.meanContentPrecision(),
                f.meanContentRecall(), f.sourceAccuracy(), f.cueAccuracy(), f.stanceAccuracy(), f.speakerAsActor()));
    }

    private static double round(double v) {
        return Math.round(v * 1000) / 1000.0;
    }

    private static double ratio(int a, int b) {
        return b == 0 ? 0 : (double) a / b;
    }
}
