package org.sitrep.extract.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.CoreMap;
import org.sitrep.extract.DocumentExtraction;
import org.sitrep.extract.Entity;
import org.sitrep.extract.Extractor;
import org.sitrep.extract.InputDocument;
import org.sitrep.extract.Relation;
import org.sitrep.extract.entity.MentionFinder;
import org.sitrep.extract.RelationType;
import org.sitrep.model.CodePoints;
import org.sitrep.model.DocDate;
import org.sitrep.model.Span;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.function.BiPredicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * Scores extraction against the re3d gold set (Dstl): entity spans of types Person, Organisation, Location and
 * Nationality, exact and overlapping, and the relations FightingAgainst, AlliesOf, InChargeOf and BelongsTo; and the
 * same entity figures for CoreNLP's default NER as a baseline. re3d's InChargeOf covers holding places and things as
 * well as command, so both leadership and control map to it. re3d's offsets are UTF-16 indexes; the set has no
 * characters outside the Basic Multilingual Plane, so they equal code points, and they are converted anyway. re3d types
 * a state acting as an Organisation and a state as a place as a Location; see {@link #namedAsPlace}.
 */
public final class Re3dEvaluation {

    /** Entity types scored, in re3d's spelling. */
    public static final List<String> ENTITY_TYPES = List.of("Person", "Organisation", "Location", "Nationality");
    /** Relation types scored: re3d's name for each of the contract's types. */
    public static final Map<RelationType, String> RELATION_TYPES = Map.of(
            RelationType.FIGHTING_AGAINST, "FightingAgainst", RelationType.ALLIANCE, "AlliesOf",
            RelationType.LEADERSHIP, "InChargeOf", RelationType.CONTROL, "InChargeOf",
            RelationType.MEMBERSHIP, "BelongsTo");

    /**
     * A document with its gold annotations. {@code annotatedEnd} is where the annotators stopped: the end of the
     * sentence holding the last annotation. Some documents end with boilerplate nobody annotated (CENTCOM's list of
     * coalition nations); what a system finds there can be judged neither right nor wrong, so it is not scored.
     */
    record GoldDocument(String id, String text, List<Typed> entities, List<GoldRelation> relations, int annotatedEnd) {
    }

    /** A typed span (re3d type names), in code points. */
    public record Typed(int start, int end, String type) {
        boolean overlaps(Typed o) {
            return start < o.end && o.start < end;
        }
    }

    /** A relation between two spans, as gold gives it or as Sitrep's output is read for scoring. */
    public record GoldRelation(String type, Typed source, Typed target) {
    }

    /**
     * Figures of one system, and what it found in each document (for {@link #errors}).
     */
    /**
     * Scores per type, over the annotated part of each document; {@code wholeOverlap} and {@code wholeRelations} are
     * the entity (overlap) and relation totals over whole documents, unannotated tails included, for comparison.
     */
    public record Result(Map<String, Score> exact, Map<String, Score> overlap, Map<String, Score> relations,
                         Score wholeOverlap, Score wholeRelations,
                         List<List<Typed>> foundEntities, List<List<GoldRelation>> foundRelations) {

        public Score total(Map<String, Score> byType) {
            return byType.values().stream().reduce(Score.ZERO, Score::plus);
        }

        /** The figures of two disjoint sets of documents together (their found items in this one's order, then the other's). */
        public Result plus(Result o) {
            return new Result(sum(exact, o.exact), sum(overlap, o.overlap), sum(relations, o.relations),
                    wholeOverlap.plus(o.wholeOverlap), wholeRelations.plus(o.wholeRelations),
                    concat(foundEntities, o.foundEntities), concat(foundRelations, o.foundRelations));
        }

        private static Map<String, Score> sum(Map<String, Score> a, Map<String, Score> b) {
            Map<String, Score> out = new LinkedHashMap<>(a);
            b.forEach((k, v) -> out.merge(k, v, Score::plus));
            return out;
        }

        private static <T> List<T> concat(List<T> a, List<T> b) {
            List<T> out = new ArrayList<>(a);
            out.addAll(b);
            return out;
        }
    }

    private final List<GoldDocument> documents;

    private Re3dEvaluation(List<GoldDocument> documents) {
        this.documents = documents;
    }

    /** Reads every sub-folder of {@code dir} holding {@code documents.json} and {@code entities.json}. */
    public static Re3dEvaluation load(Path dir) throws IOException {
        ObjectMapper json = new ObjectMapper();
        List<GoldDocument> docs = new ArrayList<>();
        List<Path> folders;
        try (Stream<Path> s = Files.list(dir)) {
            folders = s.filter(p -> Files.isRegularFile(p.resolve("documents.json"))).sorted().toList();
        }
        for (Path folder : folders) {
            Map<String, String> texts = new LinkedHashMap<>();
            for (JsonNode n : readLines(json, folder.resolve("documents.json"))) {
                texts.put(n.get("_id").asText(), n.get("text").asText());
            }
            Map<String, List<Typed>> entities = new LinkedHashMap<>();
            for (JsonNode n : readLines(json, folder.resolve("entities.json"))) {
                String type = n.get("type").asText();
                String docId = n.get("documentId").asText();
                if (ENTITY_TYPES.contains(type) && texts.containsKey(docId)) {
                    String text = texts.get(docId);
                    entities.computeIfAbsent(docId, k -> new ArrayList<>())
                            .add(typed(text, n.get("begin").asInt(), n.get("end").asInt(), type));
                }
            }
            Map<String, List<GoldRelation>> relations = new LinkedHashMap<>();
            Path relFile = folder.resolve("relations.json");
            if (Files.exists(relFile)) {
                for (JsonNode n : readLines(json, relFile)) {
                    String type = n.get("type").asText();
                    String docId = n.get("documentId").asText();
                    if (RELATION_TYPES.containsValue(type) && texts.containsKey(docId)) {
                        String text = texts.get(docId);
                        relations.computeIfAbsent(docId, k -> new ArrayList<>()).add(new GoldRelation(type,
                                typed(text, n.get("sourceBegin").asInt(), n.get("sourceEnd").asInt(), ""),
                                typed(text, n.get("targetBegin").asInt(), n.get("targetEnd").asInt(), "")));
                    }
                }
            }
            for (var e : texts.entrySet()) {
                List<Typed> ents = entities.getOrDefault(e.getKey(), List.of());
                List<GoldRelation> rels = distinct(relations.getOrDefault(e.getKey(), List.of()));
                docs.add(new GoldDocument(e.getKey(), e.getValue(), ents, rels, annotatedEnd(e.getValue(), ents, rels)));
            }
        }
        return new Re3dEvaluation(docs);
    }

    /**
     * Gold relations with those recorded twice left out: re3d sometimes holds one fact twice, by two annotators
     * ("the Netherlands" and "Netherlands" in the same list) or both ways round for a symmetric type. Scoring matches
     * one system relation to one gold item, so a repeated fact could never be found in full.
     */
    private static List<GoldRelation> distinct(List<GoldRelation> relations) {
        List<GoldRelation> kept = new ArrayList<>();
        for (GoldRelation r : relations) {
            if (kept.stream().noneMatch(k -> relationMatches(r, k))) {
                kept.add(r);
            }
        }
        return kept;
    }

    private static final Pattern SENTENCE_END = Pattern.compile("[.!?](\\s|$)");

    /** The end (code points) of the sentence holding the document's last gold annotation. */
    private static int annotatedEnd(String text, List<Typed> entities, List<GoldRelation> relations) {
        int last = Stream.concat(entities.stream(), relations.stream().flatMap(r -> Stream.of(r.source(), r.target())))
                .mapToInt(Typed::end).max().orElse(0);
        int at = CodePoints.charIndexOf(text, last);
        Matcher m = SENTENCE_END.matcher(text);
        return m.find(at) ? CodePoints.offsetOf(text, m.end()) : CodePoints.offsetOf(text, text.length());
    }

    private static Typed typed(String text, int utf16Begin, int utf16End, String type) {
        int b = Math.min(utf16Begin, text.length());
        int e = Math.min(utf16End, text.length());
        return new Typed(CodePoints.offsetOf(text, b), CodePoints.offsetOf(text, e), type);
    }

    private static List<JsonNode> readLines(ObjectMapper json, Path file) throws IOException {
        List<JsonNode> nodes = new ArrayList<>();
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            while ((line = r.readLine()) != null) {
                line = line.startsWith("\uFEFF") ? line.substring(1) : line;
                if (!line.isBlank()) {
                    nodes.add(json.readTree(line));
                }
            }
        }
        return nodes;
    }

    public int documentCount() {
        return documents.size();
    }

    /** The first {@code n} documents only (all when {@code n} is not positive), for quicker iterations. */
    public Re3dEvaluation limit(int n) {
        return n <= 0 || n >= documents.size() ? this : new Re3dEvaluation(List.copyOf(documents.subList(0, n)));
    }

    /**
     * The documents split in two halves by document id with a fixed seed, so that rules can be tuned on one half
     * and judged on the other that nobody looked at: {@code [tuning, held-out]}. Ids are sorted before the seeded
     * shuffle, so the split does not depend on the order of the files.
     */
    public List<Re3dEvaluation> halves(long seed) {
        List<GoldDocument> sorted = new ArrayList<>(documents);
        sorted.sort(java.util.Comparator.comparing(GoldDocument::id));
        java.util.Collections.shuffle(sorted, new java.util.Random(seed));
        java.util.Set<String> heldOut = new java.util.HashSet<>();
        sorted.subList(0, sorted.size() / 2).forEach(d -> heldOut.add(d.id()));
        List<GoldDocument> tune = documents.stream().filter(d -> !heldOut.contains(d.id())).toList();
        List<GoldDocument> held = documents.stream().filter(d -> heldOut.contains(d.id())).toList();
        return List.of(new Re3dEvaluation(tune), new Re3dEvaluation(held));
    }

    /** These documents followed by {@code other}'s. */
    public Re3dEvaluation plus(Re3dEvaluation other) {
        List<GoldDocument> all = new ArrayList<>(documents);
        all.addAll(other.documents);
        return new Re3dEvaluation(List.copyOf(all));
    }

    /** The seed of the tuning/held-out split that {@code sitrep eval re3d} reports. */
    public static final long SPLIT_SEED = 13L;

    /** Scores Sitrep's extractor. */
    public Result evaluate(Extractor extractor) {
        List<List<Typed>> entities = new ArrayList<>();
        List<List<GoldRelation>> relations = new ArrayList<>();
        for (GoldDocument d : documents) {
            DocumentExtraction x = extractor.extract(InputDocument.of(d.id(), d.text(), DocDate.UNKNOWN));
            entities.add(systemEntities(x, d.text()));
            relations.add(systemRelations(x));
        }
        return score(entities, relations);
    }

    /** Scores CoreNLP's default NER (fine-grained classes, its own gazetteers) on the same documents. */
    public Result evaluateCoreNlpDefault() {
        Properties props = new Properties();
        props.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner");
        StanfordCoreNLP pipeline = new StanfordCoreNLP(props);
        List<List<Typed>> entities = new ArrayList<>();
        List<List<GoldRelation>> relations = new ArrayList<>();
        for (GoldDocument d : documents) {
            Annotation a = new Annotation(d.text());
            pipeline.annotate(a);
            List<Typed> found = new ArrayList<>();
            for (CoreMap m : a.get(CoreAnnotations.MentionsAnnotation.class)) {
                String type = baselineType(m.get(CoreAnnotations.NamedEntityTagAnnotation.class));
                if (type != null) {
                    int b = m.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
                    int e = m.get(CoreAnnotations.CharacterOffsetEndAnnotation.class);
                    found.add(typed(d.text(), b, e, type));
                }
            }
            entities.add(found);
            relations.add(List.of());
        }
        return score(entities, relations);
    }

    private static String baselineType(String ner) {
        return switch (ner) {
            case "PERSON" -> "Person";
            case "ORGANIZATION" -> "Organisation";
            case "LOCATION", "CITY", "COUNTRY", "STATE_OR_PROVINCE" -> "Location";
            case "NATIONALITY" -> "Nationality";
            default -> null;
        };
    }

    static String re3dType(Entity e) {
        return switch (e.type()) {
            case PERSON -> "Person";
            case ORGANIZATION, ARMED_GROUP, COMPANY, GOVERNMENT_BODY -> "Organisation";
            case COUNTRY, PLACE, FACILITY -> "Location";
            case NATIONALITY -> "Nationality";
            case OTHER -> null;
        };
    }

    private static List<Typed> systemEntities(DocumentExtraction x, String text) {
        List<Typed> found = new ArrayList<>();
        for (Entity e : x.entities()) {
            String type = re3dType(e);
            if (type != null) {
                for (Span m : e.mentions()) {
                    // re3d types a people named as a group ("the Iraqis", "local Arabs") as an Organisation.
                    boolean people = e.type() == org.sitrep.extract.EntityType.NATIONALITY && !m.text().equals(e.name())
                            && m.text().endsWith("s");
                    boolean country = e.type() == org.sitrep.extract.EntityType.COUNTRY;
                    // "we" standing for a state is the state acting, never a place.
                    boolean pronoun = MentionFinder.PRONOUNS.containsKey(m.text().toLowerCase(java.util.Locale.ROOT));
                    if (!(country && pronoun)) {
                        found.add(new Typed(m.start(), m.end(), people ? "Organisation" : type));
                    }
                    if (country && (pronoun || !namedAsPlace(text, m))) {
                        found.add(new Typed(m.start(), m.end(), "Organisation"));
                    }
                }
            }
        }
        return found;
    }

    /** Words before a state's name that make it the place where something is, not an actor. */
    private static final java.util.Set<String> PLACE_WORDS = java.util.Set.of("in", "into", "across", "to", "from",
            "at", "near", "throughout", "inside", "within", "over", "of", "northern", "southern", "eastern", "western",
            "central", "north", "south", "east", "west", "visit", "visited", "visiting", "around");

    /**
     * re3d types a state as an Organisation where it acts ("The UK condemns ...", "allies such as France"), often as a
     * Location too, and only as a Location where it is a place ("strikes in Syria", "near Raqqa, Syria"); the contract
     * has one type, Country, so the words before the mention decide whether it also counts as an Organisation.
     */
    static boolean namedAsPlace(String text, Span m) {
        int at = CodePoints.charIndexOf(text, m.start());
        String before = text.substring(Math.max(0, at - 120), at).replace(",", " , ").strip();
        String[] words = before.split("\\s+");
        int k = words.length - 1;
        if (k >= 1 && words[k].equals(",") && Character.isUpperCase(words[k - 1].codePointAt(0))) {
            return true; // "Raqqa, Syria"
        }
        // "in Syria", "near Palmyra, Syria", "in Syria and Iraq": walk back over coordinated names to the preposition.
        for (int hops = 0; hops < 4 && k >= 0; hops++) {
            if (words[k].equalsIgnoreCase("the")) {
                k--;
            }
            if (k < 0) {
                return false;
            }
            String w = words[k].toLowerCase(java.util.Locale.ROOT);
            if (PLACE_WORDS.contains(w)) {
                return true;
            }
            if (!(w.equals("and") || w.equals("or") || w.equals(","))) {
                return false;
            }
            k--;
            while (k >= 0 && (words[k].equals(",") || !words[k].isEmpty() && Character.isUpperCase(words[k].codePointAt(0)))) {
                k--;
            }
        }
        return false;
    }

    /** Each relation as the mentions of its two entities inside its evidence. */
    private static List<GoldRelation> systemRelations(DocumentExtraction x) {
        Map<String, Entity> byId = new LinkedHashMap<>();
        x.entities().forEach(e -> byId.put(e.id(), e));
        List<GoldRelation> found = new ArrayList<>();
        for (Relation r : x.relations()) {
            String type = RELATION_TYPES.get(r.type());
            if (type == null) {
                continue;
            }
            Typed s = mentionWithin(byId.get(r.subject()), r.evidence());
            Typed o = mentionWithin(byId.get(r.object()), r.evidence());
            if (s != null && o != null) {
                found.add(new GoldRelation(type, s, o));
            }
        }
        return found;
    }

    private static Typed mentionWithin(Entity e, Span evidence) {
        if (e == null) {
            return null;
        }
        for (Span m : e.mentions()) {
            if (m.start() >= evidence.start() && m.end() <= evidence.end()) {
                return new Typed(m.start(), m.end(), "");
            }
        }
        return null;
    }

    private Result score(List<List<Typed>> allEntities, List<List<GoldRelation>> allRelations) {
        List<List<Typed>> systemEntities = new ArrayList<>();
        List<List<GoldRelation>> systemRelations = new ArrayList<>();
        for (int i = 0; i < documents.size(); i++) {
            int end = documents.get(i).annotatedEnd();
            systemEntities.add(allEntities.get(i).stream().filter(t -> t.start() < end).toList());
            systemRelations.add(allRelations.get(i).stream()
                    .filter(r -> r.source().start() < end && r.target().start() < end).toList());
        }
        Map<String, Score> exact = new LinkedHashMap<>();
        Map<String, Score> overlap = new LinkedHashMap<>();
        for (String type : ENTITY_TYPES) {
            exact.put(type, entityScore(systemEntities, type, Typed::equals));
            overlap.put(type, entityScore(systemEntities, type, Typed::overlaps));
        }
        Map<String, Score> relations = new LinkedHashMap<>();
        Score wholeOverlap = Score.ZERO;
        Score wholeRelations = Score.ZERO;
        for (String type : ENTITY_TYPES) {
            wholeOverlap = wholeOverlap.plus(entityScore(allEntities, type, Typed::overlaps));
        }
        for (String type : RELATION_TYPES.values().stream().distinct().sorted().toList()) {
            relations.put(type, relationScore(systemRelations, type));
            wholeRelations = wholeRelations.plus(relationScore(allRelations, type));
        }
        return new Result(exact, overlap, relations, wholeOverlap, wholeRelations, systemEntities, systemRelations);
    }

    private Score entityScore(List<List<Typed>> system, String type, BiPredicate<Typed, Typed> matches) {
        Score score = Score.ZERO;
        for (int i = 0; i < documents.size(); i++) {
            List<Typed> gold = documents.get(i).entities().stream().filter(t -> t.type().equals(type)).toList();
            List<Typed> sys = system.get(i).stream().filter(t -> t.type().equals(type)).toList();
            score = score.plus(match(sys, gold, matches));
        }
        return score;
    }

    private Score relationScore(List<List<GoldRelation>> system, String type) {
        boolean symmetric = type.equals("FightingAgainst") || type.equals("AlliesOf");
        Score score = Score.ZERO;
        for (int i = 0; i < documents.size(); i++) {
            List<GoldRelation> gold = documents.get(i).relations().stream().filter(r -> r.type().equals(type)).toList();
            List<GoldRelation> sys = system.get(i).stream().filter(r -> r.type().equals(type)).toList();
            score = score.plus(match(sys, gold, (a, g) -> a.source().overlaps(g.source()) && a.target().overlaps(g.target())
                    || symmetric && a.source().overlaps(g.target()) && a.target().overlaps(g.source())));
        }
        return score;
    }

    /**
     * Errors of a result, one line each, tab-separated so they sort and count well: {@code MISS} (gold not overlapped
     * by a system item of its type) or {@code SPURIOUS} (system item overlapping no gold of its type), {@code RMISS} or
     * {@code RSPURIOUS} for relations; then the type, the covered text ("source -> target" for relations), what the
     * other side has there (an entity's type and text, or whether Sitrep found both arguments of a missed relation),
     * the document id, and the sentence around.
     */
    public String errors(Result result) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < documents.size(); i++) {
            GoldDocument d = documents.get(i);
            List<Typed> sys = result.foundEntities().get(i);
            for (Typed g : d.entities()) {
                if (sys.stream().noneMatch(x -> x.type().equals(g.type()) && x.overlaps(g))) {
                    String other = sys.stream().filter(x -> x.overlaps(g)).map(x -> x.type() + ":" + cut(d.text(), x))
                            .findFirst().orElse("-");
                    sb.append(line("MISS", g.type(), cut(d.text(), g), d, other, g));
                }
            }
            for (Typed x : sys) {
                if (d.entities().stream().noneMatch(g -> g.type().equals(x.type()) && x.overlaps(g))) {
                    String other = d.entities().stream().filter(g -> g.overlaps(x)).map(g -> g.type() + ":" + cut(d.text(), g))
                            .findFirst().orElse("-");
                    sb.append(line("SPURIOUS", x.type(), cut(d.text(), x), d, other, x));
                }
            }
            List<GoldRelation> rels = result.foundRelations().get(i);
            for (GoldRelation g : d.relations()) {
                if (rels.stream().noneMatch(r -> relationMatches(r, g))) {
                    // Whether Sitrep found both arguments as entities, so that only the relation was missed.
                    boolean found = sys.stream().anyMatch(x -> x.overlaps(g.source()))
                            && sys.stream().anyMatch(x -> x.overlaps(g.target()));
                    sb.append(line("RMISS", g.type(), cut(d.text(), g.source()) + " -> " + cut(d.text(), g.target()), d,
                            found ? "arguments-found" : "argument-missed", g.source()));
                }
            }
            for (GoldRelation r : rels) {
                if (d.relations().stream().noneMatch(g -> relationMatches(r, g))) {
                    sb.append(line("RSPURIOUS", r.type(), cut(d.text(), r.source()) + " -> " + cut(d.text(), r.target()),
                            d, "-", r.source()));
                }
            }
        }
        return sb.toString();
    }

    private static String line(String kind, String type, String text, GoldDocument d, String other, Typed at) {
        String t = d.text();
        int start = CodePoints.charIndexOf(t, at.start());
        int end = CodePoints.charIndexOf(t, at.end());
        int from = t.lastIndexOf(". ", Math.max(0, start - 1)) + 1;
        int to = t.indexOf(". ", end);
        to = Math.min(to < 0 ? t.length() : to + 1, from + 400);
        String context = t.substring(from, Math.max(from, to)).replaceAll("\\s+", " ").strip();
        return String.join("\t", kind, type, text.replaceAll("\\s+", " "), other.replaceAll("\\s+", " "), d.id(), context)
                + "\n";
    }

    private static String cut(String text, Typed t) {
        return text.substring(CodePoints.charIndexOf(text, t.start()), CodePoints.charIndexOf(text, t.end()));
    }

    private static boolean relationMatches(GoldRelation a, GoldRelation g) {
        if (!a.type().equals(g.type())) {
            return false;
        }
        boolean symmetric = g.type().equals("FightingAgainst") || g.type().equals("AlliesOf");
        return a.source().overlaps(g.source()) && a.target().overlaps(g.target())
                || symmetric && a.source().overlaps(g.target()) && a.target().overlaps(g.source());
    }

    /** Greedy one-to-one matching: each gold item matches at most one system item. */
    private static <T> Score match(List<T> system, List<T> gold, java.util.function.BiPredicate<T, T> matches) {
        boolean[] used = new boolean[gold.size()];
        int tp = 0;
        for (T s : system) {
            for (int g = 0; g < gold.size(); g++) {
                if (!used[g] && matches.test(s, gold.get(g))) {
                    used[g] = true;
                    tp++;
                    break;
                }
            }
        }
        return new Score(tp, system.size(), gold.size(), tp);
    }

    /** A printable report of both systems' figures. */
    public static String report(Result sitrep, Result baseline) {
        StringBuilder sb = new StringBuilder();
        Function<Score, String> f = Score::toString;
        sb.append("Entities, exact span and type\n");
        for (String t : ENTITY_TYPES) {
            sb.append(String.format("  %-13s sitrep %s | corenlp-default %s%n", t, f.apply(sitrep.exact().get(t)),
                    baseline == null ? "-" : f.apply(baseline.exact().get(t))));
        }
        sb.append(String.format("  %-13s sitrep %s | corenlp-default %s%n", "ALL", sitrep.total(sitrep.exact()),
                baseline == null ? "-" : baseline.total(baseline.exact())));
        sb.append("Entities, overlapping span and same type\n");
        for (String t : ENTITY_TYPES) {
            sb.append(String.format("  %-13s sitrep %s | corenlp-default %s%n", t, f.apply(sitrep.overlap().get(t)),
                    baseline == null ? "-" : f.apply(baseline.overlap().get(t))));
        }
        sb.append(String.format("  %-13s sitrep %s | corenlp-default %s%n", "ALL", sitrep.total(sitrep.overlap()),
                baseline == null ? "-" : baseline.total(baseline.overlap())));
        sb.append("Relations (argument spans overlapping)\n");
        for (var e : sitrep.relations().entrySet()) {
            sb.append(String.format("  %-15s sitrep %s%n", e.getKey(), e.getValue()));
        }
        sb.append(String.format("  %-15s sitrep %s%n", "ALL", sitrep.total(sitrep.relations())));
        sb.append("Scored up to each document's last gold annotation; over whole documents, unannotated tails included:\n");
        sb.append(String.format("  %-15s sitrep %s%n", "Entities ALL", sitrep.wholeOverlap()));
        sb.append(String.format("  %-15s sitrep %s%n", "Relations ALL", sitrep.wholeRelations()));
        return sb.toString();
    }
}
