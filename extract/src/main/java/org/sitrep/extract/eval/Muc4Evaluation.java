package org.sitrep.extract.eval;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import org.sitrep.extract.DocumentExtraction;
import org.sitrep.extract.Entity;
import org.sitrep.extract.Event;
import org.sitrep.extract.EventType;
import org.sitrep.extract.Extractor;
import org.sitrep.extract.InputDocument;
import org.sitrep.extract.Modality;
import org.sitrep.model.DocDate;
import org.sitrep.model.Span;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Scores who did it and to whom, document by document, on the MUC-4 terrorism reports (real 1989–91 wire copy about
 * bombings, killings, kidnappings and arson): the task as MUC-4 set it, role-filler extraction per document. Each
 * report lists the perpetrators (individuals and organisations), the human and physical targets and the weapons of
 * its incidents, each an entity given by the strings that name it. Sitrep's side is read from its violent events and
 * property destruction told as having happened (not negated, denied, hypothetical or planned): their actors are its
 * perpetrators, their targets its victims and targets. MUC-4 leaves out combat between armed forces, which Sitrep
 * codes as battles, so precision here is a floor. A Sitrep party matches a gold entity when one of its
 * mentions, or its name, equals one of the entity's strings once case, a leading article and spacing are set aside,
 * the exact-match scoring MUC-4 systems are compared by. Weapons are not scored: Sitrep does not extract them.
 *
 * <p>Sitrep's labelled MUC-4 sentences (for its event heads) come from the corpus's {@code train.json}; this
 * evaluation reads only its other two files: {@code dev.json} is the tuning part and {@code test.json} the held-out
 * part, which no rule is written from.
 *
 * <p>The reports are in capitals, which defeats the tagger and the name finder. Each text is therefore first
 * truecased with CoreNLP's own truecasing model, letter for letter (offsets do not move); that model is loaded for
 * the reading of the files only and released before any extraction.
 *
 * <p>Recorded figures (tuning / held-out), first with the extractor of commit 48a17e5, then with the role readings
 * added since (members standing for their group, deeds named in passing, held responsible, attributed to,
 * responsibility claimed in a later sentence, a speaker's own pronoun, mine victims):
 * <pre>
 *                     perpetrator F1   victim recall   target precision   inverted
 * 48a17e5             0.140 0.278      0.218 0.242     0.078 0.151        5 10
 * 4767384             0.196 0.296      0.273 0.347     0.090 0.187        4 10
 * </pre>
 * Most perpetrators missed are named only in another sentence than the deed's, or as a long phrase no mention spans
 * ("men wearing military uniforms"); most victims given that MUC-4 leaves out are soldiers and police, whom its
 * task excluded.
 */
public final class Muc4Evaluation {

    /** The corpus file of the tuning part. */
    public static final String TUNING_FILE = "dev.json";
    /** The corpus file of the held-out part. */
    public static final String HELD_OUT_FILE = "test.json";

    /** The MUC-4 role of each scored side. */
    static final Map<String, Side> SIDES = Map.of("perp_individual_id", Side.PERPETRATOR,
            "perp_organization_id", Side.PERPETRATOR, "hum_tgt_name", Side.VICTIM, "phys_tgt_id", Side.PHYSICAL_TARGET);
    /** Modalities of events that are not told as having happened. */
    static final Set<Modality> NOT_HAPPENED = Set.of(Modality.NEGATED, Modality.DENIED, Modality.HYPOTHETICAL,
            Modality.FUTURE);

    private static final Pattern PARAGRAPH = Pattern.compile("\\n\\s*\\n");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern LEADING_ARTICLE = Pattern.compile("^(the|a|an) ");
    private static final Pattern EDGE_PUNCTUATION = Pattern.compile("^[\\s.,;:!?\"'-]+|[\\s.,;:!?\"'-]+$");

    /**
     * Which side of an incident a role stands on. A Sitrep event's actors are scored as perpetrators; its targets as
     * victims or physical targets, whichever they match, so their precision is judged against both.
     */
    public enum Side {
        PERPETRATOR, VICTIM, PHYSICAL_TARGET;

        boolean takes(Side gold) {
            return this == gold || this != PERPETRATOR && gold != PERPETRATOR;
        }
    }

    /** A gold entity: its side, its MUC-4 role and the strings that name it (normalised). */
    record GoldEntity(Side side, String role, List<String> names) {
    }

    /**
     * A report: its text (truecased) and its gold entities; {@code relevant} when the corpus gives it any role
     * filler at all (weapons included), i.e. it tells of an incident.
     */
    record GoldDocument(String id, String text, List<GoldEntity> entities, boolean relevant) {
    }

    /** A Sitrep party on one side of the document's violent events, with the strings that name it (normalised). */
    record Predicted(Side side, String text, Set<String> names) {
    }

    /**
     * Counts over a set of reports.
     *
     * @param documents       reports
     * @param relevant        of those, reports that tell of an incident
     * @param flagged         reports in which Sitrep found a violent event that happened
     * @param flaggedRelevant of those, relevant reports
     * @param violentEvents   Sitrep's violent events that happened, over all reports
     * @param sides           per gold side: Sitrep parties given on it that are right, all of them, gold entities,
     *                        and those of them found
     * @param inverted        Sitrep parties that match only a gold entity of the other side
     */
    public record Figures(int documents, int relevant, int flagged, int flaggedRelevant, int violentEvents,
                          Map<Side, Score> sides, int inverted) {

        static Figures zero() {
            return new Figures(0, 0, 0, 0, 0, Map.of(Side.PERPETRATOR, Score.ZERO, Side.VICTIM, Score.ZERO,
                    Side.PHYSICAL_TARGET, Score.ZERO), 0);
        }

        Figures plus(Figures o) {
            Map<Side, Score> s = new LinkedHashMap<>();
            for (Side side : Side.values()) {
                s.put(side, sides.get(side).plus(o.sides.get(side)));
            }
            return new Figures(documents + o.documents, relevant + o.relevant, flagged + o.flagged,
                    flaggedRelevant + o.flaggedRelevant, violentEvents + o.violentEvents, s, inverted + o.inverted);
        }

        public Map<String, Object> asMap() {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("documents", documents);
            m.put("relevant_documents", relevant);
            m.put("flagged_documents", flagged);
            m.put("flagged_relevant_documents", flaggedRelevant);
            m.put("violent_events", violentEvents);
            for (Side side : Side.values()) {
                Score c = sides.get(side);
                String k = side.name().toLowerCase(Locale.ROOT);
                m.put(k + "_gold", c.goldCount());
                m.put(k + "_found", c.matchedGold());
                m.put(k + "_predicted", c.systemCount());
                m.put(k + "_right", c.truePositives());
                m.put(k + "_precision", round(c.precision()));
                m.put(k + "_recall", round(c.recall()));
                m.put(k + "_f1", round(c.f1()));
            }
            m.put("inverted_roles", inverted);
            return m;
        }

        private static double round(double v) {
            return Math.round(v * 1000) / 1000.0;
        }
    }

    /** The figures of the tuning part, the held-out part and both, and notes on the tuning reports' errors. */
    public record Result(Figures tuning, Figures heldOut, Figures all, Map<String, List<String>> tuningNotes) {

        public Map<String, Object> asMap() {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("tuning", tuning.asMap());
            m.put("held_out", heldOut.asMap());
            m.put("all", all.asMap());
            return m;
        }
    }

    private final List<GoldDocument> tuning;
    private final List<GoldDocument> heldOut;

    private Muc4Evaluation(List<GoldDocument> tuning, List<GoldDocument> heldOut) {
        this.tuning = tuning;
        this.heldOut = heldOut;
    }

    public int size() {
        return tuning.size() + heldOut.size();
    }

    /**
     * Reads {@link #TUNING_FILE} and {@link #HELD_OUT_FILE} of the MUC-4 folder {@code dir} and truecases their
     * texts; at most {@code limit} reports of each (0 for all). Both files are read before the truecasing model is
     * loaded, so that a missing or malformed file is told at once.
     */
    public static Muc4Evaluation load(Path dir, int limit) throws IOException {
        List<GoldDocument> tuning = read(dir.resolve(TUNING_FILE), limit);
        List<GoldDocument> heldOut = read(dir.resolve(HELD_OUT_FILE), limit);
        Truecaser truecaser = new Truecaser();
        return new Muc4Evaluation(truecased(tuning, truecaser), truecased(heldOut, truecaser));
    }

    private static List<GoldDocument> truecased(List<GoldDocument> docs, Truecaser truecaser) {
        return docs.stream().map(d -> new GoldDocument(d.id(), truecaser.apply(d.text()), d.entities(), d.relevant()))
                .toList();
    }

    private static List<GoldDocument> read(Path file, int limit) throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new IOException(file + ": no such file (a MUC-4 folder holds " + TUNING_FILE + " and "
                    + HELD_OUT_FILE + ")");
        }
        JsonNode root;
        try {
            root = new ObjectMapper().readTree(file.toFile());
        } catch (JsonProcessingException e) {
            String line = e.getLocation() == null ? "" : ":" + e.getLocation().getLineNr();
            throw new IOException(file + line + ": not JSON: " + e.getOriginalMessage(), e);
        }
        if (root == null || !root.isObject()) {
            throw new IOException(file + ": not a MUC-4 file (an object of reports by id)");
        }
        List<GoldDocument> docs = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = root.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            if (limit > 0 && docs.size() >= limit) {
                break;
            }
            JsonNode report = e.getValue();
            if (!report.path("doc").isTextual() || !report.path("roles").isObject()) {
                throw new IOException(file + ": report " + e.getKey() + " has no \"doc\" text or no \"roles\"");
            }
            docs.add(document(e.getKey(), text(report.path("doc").asText()), report.path("roles")));
        }
        return docs;
    }

    /** A report's text as prose: lines of a paragraph joined, paragraphs apart by a blank line. */
    static String text(String wire) {
        List<String> paragraphs = new ArrayList<>();
        for (String p : PARAGRAPH.split(wire.strip())) {
            String joined = SPACES.matcher(p.strip()).replaceAll(" ");
            if (!joined.isEmpty()) {
                paragraphs.add(joined);
            }
        }
        return String.join("\n\n", paragraphs);
    }

    static GoldDocument document(String id, String text, JsonNode roles) {
        List<GoldEntity> entities = new ArrayList<>();
        boolean relevant = false;
        for (Iterator<Map.Entry<String, JsonNode>> it = roles.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> role = it.next();
            relevant |= !role.getValue().isEmpty();
            Side side = SIDES.get(role.getKey());
            if (side == null) {
                continue;
            }
            for (JsonNode entity : role.getValue()) {
                List<String> names = new ArrayList<>();
                entity.forEach(n -> names.add(normalised(n.asText())));
                entities.add(new GoldEntity(side, role.getKey(), List.copyOf(new LinkedHashSet<>(names))));
            }
        }
        return new GoldDocument(id, text, entities, relevant);
    }

    /** A name as MUC-4 scoring compares it: lower case, single spaces, no leading article or edge punctuation. */
    static String normalised(String name) {
        String s = SPACES.matcher(name.toLowerCase(Locale.ROOT).replace('[', '(').replace(']', ')')).replaceAll(" ");
        s = EDGE_PUNCTUATION.matcher(s).replaceAll("");
        return LEADING_ARTICLE.matcher(s).replaceFirst("");
    }

    public Result evaluate(Extractor extractor) {
        Map<String, List<String>> notes = new LinkedHashMap<>();
        Figures t = Figures.zero();
        for (GoldDocument d : tuning) {
            List<String> docNotes = new ArrayList<>();
            t = t.plus(score(d, extractor.extract(InputDocument.of(d.id(), d.text(), DocDate.UNKNOWN)), docNotes));
            notes.put(d.id(), docNotes);
        }
        Figures h = Figures.zero();
        for (GoldDocument d : heldOut) {
            h = h.plus(score(d, extractor.extract(InputDocument.of(d.id(), d.text(), DocDate.UNKNOWN)),
                    new ArrayList<>()));
        }
        return new Result(t, h, t.plus(h), notes);
    }

    /** Scores one report; what was missed or wrong goes to {@code notes}. */
    static Figures score(GoldDocument d, DocumentExtraction x, List<String> notes) {
        Map<String, Entity> entities = new LinkedHashMap<>();
        x.entities().forEach(e -> entities.put(e.id(), e));
        List<Event> violent = x.events().stream().filter(Muc4Evaluation::scored).toList();
        List<Predicted> predicted = new ArrayList<>();
        for (Side side : List.of(Side.PERPETRATOR, Side.VICTIM)) {
            Set<String> ids = new LinkedHashSet<>();
            violent.forEach(v -> ids.addAll(side == Side.PERPETRATOR ? v.actors() : v.targets()));
            for (String id : ids) {
                Entity e = entities.get(id);
                if (e != null) {
                    predicted.add(new Predicted(side, e.name(), names(e)));
                }
            }
        }
        return score(d, violent.size(), predicted, notes);
    }

    static Figures score(GoldDocument d, int violentEvents, List<Predicted> predicted, List<String> notes) {
        Map<Side, Score> sides = new LinkedHashMap<>();
        int inverted = 0;
        for (Side side : Side.values()) {
            int gold = 0;
            int found = 0;
            for (GoldEntity g : d.entities()) {
                if (g.side() != side) {
                    continue;
                }
                gold++;
                if (predicted.stream().anyMatch(p -> p.side().takes(side) && matches(p, g))) {
                    found++;
                } else {
                    notes.add("missed " + g.role() + " " + g.names());
                }
            }
            int given = 0;
            int right = 0;
            for (Predicted p : predicted) {
                if (p.side() != side) {
                    continue;
                }
                given++;
                if (d.entities().stream().anyMatch(g -> p.side().takes(g.side()) && matches(p, g))) {
                    right++;
                } else if (d.entities().stream().anyMatch(g -> matches(p, g))) {
                    inverted++;
                    notes.add("inverted: " + side.name().toLowerCase(Locale.ROOT) + " '" + p.text() + "'");
                } else {
                    notes.add("wrong " + side.name().toLowerCase(Locale.ROOT) + " '" + p.text() + "'");
                }
            }
            sides.put(side, new Score(right, given, gold, found));
        }
        boolean flagged = violentEvents > 0;
        if (flagged != d.relevant()) {
            notes.add(flagged ? violentEvents + " violent events in a report of no incident" : "no violent event");
        }
        return new Figures(1, d.relevant() ? 1 : 0, flagged ? 1 : 0, flagged && d.relevant() ? 1 : 0, violentEvents,
                sides, inverted);
    }

    static boolean scored(Event v) {
        return (v.type().isViolent() || v.type() == EventType.LOOTING) && !NOT_HAPPENED.contains(v.modality());
    }

    private static boolean matches(Predicted p, GoldEntity g) {
        return g.names().stream().anyMatch(p.names()::contains);
    }

    /** The strings that name a Sitrep party: its name, aliases and the text of each mention, normalised. */
    private static Set<String> names(Entity e) {
        Set<String> names = new LinkedHashSet<>();
        names.add(normalised(e.name()));
        e.aliases().forEach(a -> names.add(normalised(a)));
        for (Span m : e.mentions()) {
            names.add(normalised(m.text()));
        }
        return names;
    }

    /** The figures as a table: one line per measure, a column per part. */
    public static String report(Result r) {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, "MUC-4: %d tuning reports (%s), %d held out (%s)%n",
                r.tuning().documents(), TUNING_FILE, r.heldOut().documents(), HELD_OUT_FILE));
        sb.append(String.format(Locale.ROOT, "%-34s %-18s %-18s %-18s%n", "", "tuning", "held-out", "all"));
        row(sb, "incident reports flagged (recall)", r, f -> cell(f.flaggedRelevant(), f.relevant()));
        row(sb, "flagged reports of an incident", r, f -> cell(f.flaggedRelevant(), f.flagged()));
        row(sb, "violent events per flagged report", r, f -> String.format(Locale.ROOT, "%.2f",
                f.flagged() == 0 ? 0 : (double) f.violentEvents() / f.flagged()));
        row(sb, "perpetrator recall", r, f -> recall(f.sides().get(Side.PERPETRATOR)));
        row(sb, "perpetrator precision", r, f -> precision(f.sides().get(Side.PERPETRATOR)));
        row(sb, "perpetrator F1", r, f -> String.format(Locale.ROOT, "%.3f", f.sides().get(Side.PERPETRATOR).f1()));
        row(sb, "victim recall", r, f -> recall(f.sides().get(Side.VICTIM)));
        row(sb, "physical target recall", r, f -> recall(f.sides().get(Side.PHYSICAL_TARGET)));
        row(sb, "target precision (either)", r, f -> precision(f.sides().get(Side.VICTIM)));
        row(sb, "victim F1", r, f -> String.format(Locale.ROOT, "%.3f", f.sides().get(Side.VICTIM).f1()));
        row(sb, "inverted roles", r, f -> String.valueOf(f.inverted()));
        return sb.toString();
    }

    private static void row(StringBuilder sb, String label, Result r, Function<Figures, String> f) {
        sb.append(String.format(Locale.ROOT, "%-34s %-18s %-18s %-18s%n", label, f.apply(r.tuning()),
                f.apply(r.heldOut()), f.apply(r.all())));
    }

    private static String recall(Score s) {
        return cell(s.matchedGold(), s.goldCount());
    }

    private static String precision(Score s) {
        return cell(s.truePositives(), s.systemCount());
    }

    private static String cell(int a, int b) {
        return String.format(Locale.ROOT, "%d/%d = %.3f", a, b, b == 0 ? 0 : (double) a / b);
    }

    /**
     * Puts text in capitals back into mixed case with CoreNLP's truecasing model, letter for letter: a token whose
     * truecased form is not the same letters in another case keeps its original text.
     */
    static final class Truecaser implements Function<String, String> {

        private final StanfordCoreNLP pipeline;

        Truecaser() {
            Properties p = new Properties();
            p.setProperty("annotators", "tokenize,ssplit,truecase");
            p.setProperty("ssplit.newlineIsSentenceBreak", "two");
            p.setProperty("tokenize.options", "invertible=true");
            pipeline = new StanfordCoreNLP(p);
        }

        @Override
        public String apply(String text) {
            Annotation a = new Annotation(text);
            pipeline.annotate(a);
            StringBuilder out = new StringBuilder(text);
            for (CoreLabel t : a.get(CoreAnnotations.TokensAnnotation.class)) {
                String cased = t.get(CoreAnnotations.TrueCaseTextAnnotation.class);
                int begin = t.beginPosition();
                int end = t.endPosition();
                if (cased != null && end - begin == cased.length()
                        && cased.equalsIgnoreCase(text.substring(begin, end))) {
                    out.replace(begin, end, cased);
                }
            }
            return out.toString();
        }
    }
}
