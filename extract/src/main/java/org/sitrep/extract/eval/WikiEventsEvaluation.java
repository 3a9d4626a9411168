package org.sitrep.extract.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.sitrep.extract.DocumentExtraction;
import org.sitrep.extract.Entity;
import org.sitrep.extract.Event;
import org.sitrep.extract.EventType;
import org.sitrep.extract.Extractor;
import org.sitrep.extract.InputDocument;
import org.sitrep.model.DocDate;
import org.sitrep.model.Span;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Scores who did it and to whom on WikiEvents documents (news articles annotated with events and their argument
 * roles). Only gold events of the kinds Sitrep types as violence or arrests are scored: attacks, killings, injuries
 * and arrests. A gold event counts as found when a sentence of a Sitrep event (its evidence or a later mention)
 * holds its trigger; its arguments that lie in that sentence are then compared by span overlap with the mentions (in
 * that sentence) of the event's actors, targets and place; arguments elsewhere (WikiEvents' "sentences" are sometimes
 * paragraphs, and some arguments are named sentences away) are counted apart, as Sitrep reads roles sentence by
 * sentence.
 *
 * <p>The file is a development set. Its documents are split once, by a fixed seed, into a tuning part and a held-out
 * part, and every figure is given for both and for all: a rule that helps only on the tuning part fits that part.
 *
 * <p>The gold token offsets count one character between sentences, while the {@code text} field of the file has
 * none ("...in SyriaThe desert..."). The text given to Sitrep is therefore rebuilt from the sentences with a blank
 * line between them, and every gold offset moved by what that adds.
 *
 * <p>Recorded figures on {@code wikievents-dev} (tuning / held-out / all), with the event detection of commit 5c8cf1c:
 * <pre>
 *                    agent recall         patient recall       role precision       inverted
 * baseline           0.412 0.000 0.259    0.149 0.105 0.136    0.306 0.100 0.232    7 2 9
 * RoleFinder by voice 0.529 0.000 0.333   0.404 0.421 0.409    0.806 0.727 0.786    0 0 0
 * </pre>
 * Most misses left are arguments no mention covers (numbers such as "71", nouns the mention finder does not take for
 * parties) or a name where the annotators marked the head noun ("Taliban" for "Taliban gunmen").
 */
public final class WikiEventsEvaluation {

    /** The seed of the document split; fixed so that the tuning and held-out parts never change. */
    public static final long SPLIT_SEED = 20_240_917L;
    /** Documents in the tuning part; the rest are held out. */
    public static final int TUNING_DOCUMENTS = 14;

    /** Gold event types (their first two parts) that are scored. */
    static final Set<String> SCORED_KINDS = Set.of("Conflict.Attack", "Life.Die", "Life.Injure",
            "Justice.ArrestJailDetain");
    /** Roles of those who did it. */
    static final Set<String> AGENT_ROLES = Set.of("Attacker", "Killer", "Injurer", "Jailer");
    /** Roles of those it was done to. */
    static final Set<String> PATIENT_ROLES = Set.of("Target", "Victim", "Detainee");
    static final String PLACE_ROLE = "Place";

    /** Which side of an event an argument stands on. */
    enum Side { AGENT, PATIENT, PLACE }

    /** A gold argument: its role, side and span (code points in the rebuilt text), and its sentence. */
    record GoldArgument(String role, Side side, int sentence, int start, int end, String text) {
        boolean overlaps(Span s) {
            return start < s.end() && s.start() < end;
        }
    }

    /** A gold event of a scored kind, with its trigger span and its arguments of scored roles. */
    record GoldEvent(String id, String type, int sentence, int triggerStart, int triggerEnd, String trigger,
                     List<GoldArgument> arguments) {
    }

    /**
     * What of a Sitrep event is scored: its type, the ids of its actors and targets and of its place's entity (or
     * null), and the sentences that tell of it (its evidence, then later mentions of the same occurrence).
     */
    record Found(EventType type, List<String> actors, List<String> targets, String place, List<Span> sentences) {
        static Found of(Event v) {
            List<Span> sentences = new ArrayList<>(List.of(v.evidence()));
            sentences.addAll(v.mentions());
            return new Found(v.type(), v.actors(), v.targets(), v.location() == null ? null : v.location().entity(),
                    sentences);
        }

        /** The sentence of this event that holds the gold trigger, if any. */
        Optional<Span> sentenceOf(GoldEvent g) {
            return sentences.stream().filter(s -> inside(g, s)).findFirst();
        }
    }

    /** A document: the rebuilt text and its scored gold events. */
    record GoldDocument(String id, String text, List<GoldEvent> events) {
    }

    /**
     * Counts over a set of documents.
     *
     * @param goldEvents        scored gold events
     * @param matchedEvents     of those, how many have a Sitrep event in their sentence
     * @param agentGold         gold agents (in the matched event's sentence) of matched events
     * @param agentFound        of those, how many a mention of one of the event's actors overlaps
     * @param patientGold       gold patients (in the matched event's sentence) of matched events
     * @param patientFound      of those, how many a mention of one of the event's targets overlaps
     * @param rolesAssigned     actors and targets of matched Sitrep events
     * @param rolesRight        of those, how many overlap a gold argument of the same side in the sentence
     * @param inverted          gold agents given as targets, and gold patients given as actors
     * @param placeGold         gold places (in the matched event's sentence) of matched events
     * @param placeFound        of those, how many the event's location overlaps
     * @param outsideSentence   arguments of matched events outside the matched event's sentence (not scored)
     */
    public record Figures(int goldEvents, int matchedEvents, int agentGold, int agentFound, int patientGold,
                          int patientFound, int rolesAssigned, int rolesRight, int inverted, int placeGold,
                          int placeFound, int outsideSentence) {

        static final Figures ZERO = new Figures(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);

        Figures plus(Figures o) {
            return new Figures(goldEvents + o.goldEvents, matchedEvents + o.matchedEvents, agentGold + o.agentGold,
                    agentFound + o.agentFound, patientGold + o.patientGold, patientFound + o.patientFound,
                    rolesAssigned + o.rolesAssigned, rolesRight + o.rolesRight, inverted + o.inverted,
                    placeGold + o.placeGold, placeFound + o.placeFound, outsideSentence + o.outsideSentence);
        }

        public double eventRecall() {
            return ratio(matchedEvents, goldEvents);
        }

        public double agentRecall() {
            return ratio(agentFound, agentGold);
        }

        public double patientRecall() {
            return ratio(patientFound, patientGold);
        }

        public double rolePrecision() {
            return ratio(rolesRight, rolesAssigned);
        }

        public double placeRecall() {
            return ratio(placeFound, placeGold);
        }

        private static double ratio(int a, int b) {
            return b == 0 ? 0 : (double) a / b;
        }

        /** The figures as a map for JSON output. */
        public Map<String, Object> asMap() {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("gold_events", goldEvents);
            m.put("matched_events", matchedEvents);
            m.put("event_recall", round(eventRecall()));
            m.put("agent_gold", agentGold);
            m.put("agent_found", agentFound);
            m.put("agent_recall", round(agentRecall()));
            m.put("patient_gold", patientGold);
            m.put("patient_found", patientFound);
            m.put("patient_recall", round(patientRecall()));
            m.put("roles_assigned", rolesAssigned);
            m.put("roles_right", rolesRight);
            m.put("role_precision", round(rolePrecision()));
            m.put("inverted_roles", inverted);
            m.put("place_gold", placeGold);
            m.put("place_found", placeFound);
            m.put("place_recall", round(placeRecall()));
            m.put("arguments_outside_sentence", outsideSentence);
            return m;
        }

        private static double round(double v) {
            return Math.round(v * 1000) / 1000.0;
        }
    }

    /**
     * The figures of the tuning part, the held-out part and all documents, and notes on the misses of each document
     * (for {@code --errors}).
     */
    public record Result(Figures tuning, Figures heldOut, Figures all, List<String> tuningIds, List<String> heldOutIds,
                         Map<String, List<String>> notes) {

        public Map<String, Object> asMap() {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("tuning", tuning.asMap());
            m.put("held_out", heldOut.asMap());
            m.put("all", all.asMap());
            m.put("tuning_documents", tuningIds);
            m.put("held_out_documents", heldOutIds);
            return m;
        }
    }

    private final List<GoldDocument> documents;

    private WikiEventsEvaluation(List<GoldDocument> documents) {
        this.documents = documents;
    }

    public int size() {
        return documents.size();
    }

    /** Reads every {@code .jsonl} file in {@code dir} (or {@code dir} itself if it is a file). */
    public static WikiEventsEvaluation load(Path dir) throws IOException {
        List<Path> files;
        if (Files.isRegularFile(dir)) {
            files = List.of(dir);
        } else {
            try (Stream<Path> s = Files.list(dir)) {
                files = s.filter(p -> p.getFileName().toString().endsWith(".jsonl")).sorted().toList();
            }
        }
        ObjectMapper json = new ObjectMapper();
        List<GoldDocument> docs = new ArrayList<>();
        for (Path f : files) {
            try (BufferedReader r = Files.newBufferedReader(f, StandardCharsets.UTF_8)) {
                String line;
                while ((line = r.readLine()) != null) {
                    if (!line.isBlank()) {
                        docs.add(read(json.readTree(line)));
                    }
                }
            }
        }
        return new WikiEventsEvaluation(docs);
    }

    /** One document of the file, its text rebuilt from its sentences (see the class comment). */
    static GoldDocument read(JsonNode doc) {
        StringBuilder text = new StringBuilder();
        int length = 0; // code points in text
        List<int[]> tokenSpans = new ArrayList<>(); // per document token: start, end, sentence
        for (int s = 0; s < doc.path("sentences").size(); s++) {
            JsonNode sentence = doc.path("sentences").get(s);
            JsonNode tokens = sentence.get(0);
            String sentenceText = sentence.get(1).asText();
            if (s > 0) {
                text.append("\n\n");
                length += 2;
            }
            // Where the sentence started in the annotators' text: its first token's offset less any lead-in.
            String first = tokens.get(0).get(0).asText();
            int lead = Math.max(0, sentenceText.indexOf(first));
            int origin = tokens.get(0).get(1).asInt() - sentenceText.codePointCount(0, lead);
            int shift = length - origin;
            for (JsonNode t : tokens) {
                tokenSpans.add(new int[]{t.get(1).asInt() + shift, t.get(2).asInt() + shift, s});
            }
            text.append(sentenceText);
            length += sentenceText.codePointCount(0, sentenceText.length());
        }
        String rebuilt = text.toString();
        Map<String, JsonNode> entityMentions = new HashMap<>();
        for (JsonNode m : doc.path("entity_mentions")) {
            entityMentions.put(m.path("id").asText(), m);
        }
        List<GoldEvent> events = new ArrayList<>();
        for (JsonNode e : doc.path("event_mentions")) {
            String type = e.path("event_type").asText();
            if (!isScored(type)) {
                continue;
            }
            JsonNode trig = e.path("trigger");
            int[] ts = tokenSpans.get(trig.path("start").asInt());
            int[] te = tokenSpans.get(trig.path("end").asInt() - 1);
            List<GoldArgument> args = new ArrayList<>();
            for (JsonNode a : e.path("arguments")) {
                Side side = sideOf(a.path("role").asText());
                JsonNode m = entityMentions.get(a.path("entity_id").asText());
                if (side == null || m == null) {
                    continue;
                }
                int[] as = tokenSpans.get(m.path("start").asInt());
                int[] ae = tokenSpans.get(m.path("end").asInt() - 1);
                args.add(new GoldArgument(a.path("role").asText(), side, as[2], as[0], ae[1],
                        Span.of(rebuilt, as[0], ae[1]).text()));
            }
            events.add(new GoldEvent(e.path("id").asText(), type, ts[2], ts[0], te[1],
                    Span.of(rebuilt, ts[0], te[1]).text(), args));
        }
        return new GoldDocument(doc.path("doc_id").asText(), rebuilt, events);
    }

    static boolean isScored(String eventType) {
        String[] parts = eventType.split("\\.");
        return parts.length >= 2 && SCORED_KINDS.contains(parts[0] + "." + parts[1]);
    }

    static Side sideOf(String role) {
        if (AGENT_ROLES.contains(role)) {
            return Side.AGENT;
        }
        if (PATIENT_ROLES.contains(role)) {
            return Side.PATIENT;
        }
        return role.equals(PLACE_ROLE) ? Side.PLACE : null;
    }

    /** The ids of the tuning documents: {@link #TUNING_DOCUMENTS} of them, drawn with {@link #SPLIT_SEED}. */
    static List<String> tuningIds(List<String> ids) {
        List<String> shuffled = new ArrayList<>(ids);
        Collections.sort(shuffled);
        Collections.shuffle(shuffled, new Random(SPLIT_SEED));
        int n = Math.min(TUNING_DOCUMENTS, Math.max(0, shuffled.size() - 1));
        List<String> tuning = new ArrayList<>(shuffled.subList(0, n));
        Collections.sort(tuning);
        return tuning;
    }

    public Result evaluate(Extractor extractor) {
        List<String> tuning = tuningIds(documents.stream().map(GoldDocument::id).toList());
        List<String> heldOut = new ArrayList<>();
        Figures t = Figures.ZERO;
        Figures h = Figures.ZERO;
        Map<String, List<String>> notes = new LinkedHashMap<>();
        for (GoldDocument d : documents) {
            DocumentExtraction x = extractor.extract(InputDocument.of(d.id(), d.text(), DocDate.UNKNOWN));
            List<String> docNotes = new ArrayList<>();
            Figures f = score(d, x.entities(), x.events().stream().map(Found::of).toList(), docNotes);
            notes.put(d.id(), docNotes);
            if (tuning.contains(d.id())) {
                t = t.plus(f);
            } else {
                h = h.plus(f);
                heldOut.add(d.id());
            }
        }
        return new Result(t, h, t.plus(h), tuning, heldOut, notes);
    }

    /** Scores one document; what was missed or wrong goes to {@code notes}. */
    static Figures score(GoldDocument d, List<Entity> found, List<Found> events, List<String> notes) {
        Map<String, Entity> entities = new HashMap<>();
        found.forEach(e -> entities.put(e.id(), e));
        int matched = 0, agentGold = 0, agentFound = 0, patientGold = 0, patientFound = 0, inverted = 0;
        int placeGold = 0, placeFound = 0, outside = 0;
        Map<Found, List<GoldEvent>> goldOfEvent = new LinkedHashMap<>();
        for (GoldEvent g : d.events()) {
            Optional<Found> match = matching(g, events);
            if (match.isEmpty()) {
                notes.add("no event for " + g.type() + " '" + g.trigger() + "' in: " + sentenceOf(d, g));
                continue;
            }
            matched++;
            Found v = match.get();
            Span sentence = v.sentenceOf(g).orElseThrow();
            goldOfEvent.computeIfAbsent(v, k -> new ArrayList<>()).add(g);
            List<Span> actors = mentionsIn(v.actors(), entities, sentence);
            List<Span> targets = mentionsIn(v.targets(), entities, sentence);
            List<Span> place = v.place() == null ? List.of() : mentionsIn(List.of(v.place()), entities, sentence);
            for (GoldArgument a : g.arguments()) {
                if (!(sentence.start() <= a.start() && a.end() <= sentence.end())) {
                    outside++; // Sitrep reads roles sentence by sentence
                    continue;
                }
                boolean asActor = actors.stream().anyMatch(a::overlaps);
                boolean asTarget = targets.stream().anyMatch(a::overlaps);
                switch (a.side()) {
                    case AGENT -> {
                        agentGold++;
                        agentFound += asActor ? 1 : 0;
                        if (asTarget && !asActor) {
                            inverted++;
                            notes.add("inverted: agent '" + a.text() + "' as target of '" + g.trigger() + "'");
                        } else if (!asActor) {
                            notes.add("missed " + a.role() + " '" + a.text() + "' of '" + g.trigger() + "' ("
                                    + v.type().subtype() + ", actors " + texts(actors) + ") in: " + sentence.text());
                        }
                    }
                    case PATIENT -> {
                        patientGold++;
                        patientFound += asTarget ? 1 : 0;
                        if (asActor && !asTarget) {
                            inverted++;
                            notes.add("inverted: patient '" + a.text() + "' as actor of '" + g.trigger() + "'");
                        } else if (!asTarget) {
                            notes.add("missed " + a.role() + " '" + a.text() + "' of '" + g.trigger() + "' ("
                                    + v.type().subtype() + ", targets " + texts(targets) + ") in: " + sentence.text());
                        }
                    }
                    case PLACE -> {
                        placeGold++;
                        boolean hit = place.stream().anyMatch(a::overlaps);
                        placeFound += hit ? 1 : 0;
                        if (!hit) {
                            notes.add("missed Place '" + a.text() + "' of '" + g.trigger() + "' (location "
                                    + texts(place) + ")");
                        }
                    }
                }
            }
        }
        int assigned = 0;
        int right = 0;
        for (Map.Entry<Found, List<GoldEvent>> e : goldOfEvent.entrySet()) {
            Found v = e.getKey();
            // Judged in the event's sentences that hold a matched gold trigger, against any scored gold event there.
            for (Span sentence : e.getValue().stream().map(g -> v.sentenceOf(g).orElseThrow()).distinct().toList()) {
                List<GoldArgument> sentenceArgs = d.events().stream()
                        .filter(g -> inside(g, sentence))
                        .flatMap(g -> g.arguments().stream())
                        .toList();
                int[] counts = judge(v.actors(), Side.AGENT, sentenceArgs, entities, sentence, v, notes);
                int[] more = judge(v.targets(), Side.PATIENT, sentenceArgs, entities, sentence, v, notes);
                assigned += counts[0] + more[0];
                right += counts[1] + more[1];
            }
        }
        return new Figures(d.events().size(), matched, agentGold, agentFound, patientGold, patientFound, assigned,
                right, inverted, placeGold, placeFound, outside);
    }

    /**
     * Of the parties on one side of an event, those named in {@code sentence}: how many, and how many overlap a gold
     * argument of that side there. Parties named only in other sentences of a merged event are judged there.
     */
    private static int[] judge(List<String> ids, Side side, List<GoldArgument> args, Map<String, Entity> entities,
                               Span sentence, Found v, List<String> notes) {
        int[] counts = new int[2];
        for (String id : ids) {
            List<Span> spans = mentionsIn(List.of(id), entities, sentence);
            if (spans.isEmpty()) {
                continue;
            }
            counts[0]++;
            if (overlapsSide(id, side, args, entities, sentence)) {
                counts[1]++;
            } else {
                notes.add("wrong " + (side == Side.AGENT ? "actor" : "target") + " '" + texts(spans) + "' of "
                        + v.type().subtype() + " in: " + sentence.text());
            }
        }
        return counts;
    }

    /**
     * The Sitrep event in the gold trigger's sentence; of several, the first whose type fits the gold kind (an arrest
     * for an arrest, violence for the rest), else the first.
     */
    static Optional<Found> matching(GoldEvent g, List<Found> events) {
        List<Found> inSentence = events.stream().filter(v -> v.sentenceOf(g).isPresent()).toList();
        boolean arrest = g.type().startsWith("Justice.");
        for (Found v : inSentence) {
            boolean fits = arrest ? v.type() == EventType.ARRESTS || v.type() == EventType.ABDUCTION
                    : v.type().isViolent();
            if (fits) {
                return Optional.of(v);
            }
        }
        return inSentence.stream().findFirst();
    }

    private static boolean inside(GoldEvent g, Span evidence) {
        return evidence.start() <= g.triggerStart() && g.triggerEnd() <= evidence.end();
    }

    private static boolean overlapsSide(String entityId, Side side, List<GoldArgument> args,
                                        Map<String, Entity> entities, Span sentence) {
        List<Span> spans = mentionsIn(List.of(entityId), entities, sentence);
        return args.stream().filter(a -> a.side() == side).anyMatch(a -> spans.stream().anyMatch(a::overlaps));
    }

    /** The mentions of the given entities that lie in {@code sentence}. */
    private static List<Span> mentionsIn(List<String> ids, Map<String, Entity> entities, Span sentence) {
        List<Span> spans = new ArrayList<>();
        for (String id : ids) {
            Entity e = entities.get(id);
            if (e == null) {
                continue;
            }
            for (Span m : e.mentions()) {
                if (sentence.start() <= m.start() && m.end() <= sentence.end()) {
                    spans.add(m);
                }
            }
        }
        return spans;
    }

    private static String texts(List<Span> spans) {
        return spans.stream().map(Span::text).toList().toString();
    }

    private static String sentenceOf(GoldDocument d, GoldEvent g) {
        int start = d.text().lastIndexOf("\n\n", d.text().offsetByCodePoints(0, g.triggerStart()));
        int end = d.text().indexOf("\n\n", d.text().offsetByCodePoints(0, g.triggerEnd()));
        return d.text().substring(start < 0 ? 0 : start + 2, end < 0 ? d.text().length() : end);
    }

    /** The figures as a table: one line per measure, a column per part. */
    public static String report(Result r) {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, "WikiEvents: %d tuning documents, %d held out (split seed %d)%n",
                r.tuningIds().size(), r.heldOutIds().size(), SPLIT_SEED));
        sb.append(String.format(Locale.ROOT, "%-34s %-18s %-18s %-18s%n", "", "tuning", "held-out", "all"));
        row(sb, "gold events found (in sentence)", r, f -> cell(f.matchedEvents(), f.goldEvents()));
        row(sb, "agent recall", r, f -> cell(f.agentFound(), f.agentGold()));
        row(sb, "patient recall", r, f -> cell(f.patientFound(), f.patientGold()));
        row(sb, "role precision", r, f -> cell(f.rolesRight(), f.rolesAssigned()));
        row(sb, "inverted roles", r, f -> String.valueOf(f.inverted()));
        row(sb, "place recall", r, f -> cell(f.placeFound(), f.placeGold()));
        row(sb, "arguments outside sentence", r, f -> String.valueOf(f.outsideSentence()));
        return sb.toString();
    }

    private static void row(StringBuilder sb, String label, Result r, java.util.function.Function<Figures, String> f) {
        sb.append(String.format(Locale.ROOT, "%-34s %-18s %-18s %-18s%n", label, f.apply(r.tuning()),
                f.apply(r.heldOut()), f.apply(r.all())));
    }

    private static String cell(int a, int b) {
        return String.format(Locale.ROOT, "%d/%d = %.3f", a, b, b == 0 ? 0 : (double) a / b);
    }
}
