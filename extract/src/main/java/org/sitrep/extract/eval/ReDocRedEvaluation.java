package org.sitrep.extract.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.sitrep.extract.DocumentExtraction;
import org.sitrep.extract.Entity;
import org.sitrep.extract.Extractor;
import org.sitrep.extract.InputDocument;
import org.sitrep.extract.Relation;
import org.sitrep.extract.RelationType;
import org.sitrep.model.DocDate;
import org.sitrep.model.Span;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Scores document-level relations against Re-DocRED (Wikipedia documents with Wikidata relation triples), for the
 * relations that map to Sitrep's: membership, ownership, subsidiary, leadership and employment. A Sitrep relation
 * matches a gold triple of its type when one mention of its subject and one of its object overlap mentions of the
 * gold head and tail (in Sitrep's direction). The documents are given as tokens; the text is rebuilt by joining them
 * with spaces, so offsets are exact. Only triples whose both entities are people, organisations or places are
 * scored; other relations of the set (dates, works, sports) are out of scope.
 */
public final class ReDocRedEvaluation {

    /**
     * Wikidata properties and the Sitrep relation each says, with whether the Wikidata head is Sitrep's subject
     * ("X member of Y": membership(X, Y)) or its object ("X owned by Y": ownership(Y, X)).
     */
    private record Mapping(RelationType type, boolean headIsSubject) {
    }

    private static final Map<String, Mapping> PROPERTIES = Map.ofEntries(
            Map.entry("P463", new Mapping(RelationType.MEMBERSHIP, true)),   // member of
            Map.entry("P102", new Mapping(RelationType.MEMBERSHIP, true)),   // member of political party
            Map.entry("P127", new Mapping(RelationType.OWNERSHIP, false)),   // owned by
            Map.entry("P749", new Mapping(RelationType.SUBSIDIARY, true)),   // parent organisation
            Map.entry("P355", new Mapping(RelationType.SUBSIDIARY, false)),  // has subsidiary
            Map.entry("P488", new Mapping(RelationType.LEADERSHIP, false)),  // chairperson
            Map.entry("P35", new Mapping(RelationType.LEADERSHIP, false)),   // head of state
            Map.entry("P6", new Mapping(RelationType.LEADERSHIP, false)),    // head of government
            Map.entry("P108", new Mapping(RelationType.EMPLOYMENT, true)));  // employer

    /** The types scored, in report order. */
    public static final List<RelationType> TYPES = List.of(RelationType.MEMBERSHIP, RelationType.OWNERSHIP,
            RelationType.SUBSIDIARY, RelationType.LEADERSHIP, RelationType.EMPLOYMENT);

    /**
     * A gold or system triple: the type, the mention spans (code points) of each end, and for gold the indexes of the
     * sentences Re-DocRED gives as its evidence (empty for system triples).
     */
    public record Triple(RelationType type, List<Span> subject, List<Span> object, List<Integer> evidence) {
    }

    /** A document: its title, its text (the tokens joined by spaces, a line per sentence) and its scored triples. */
    public record Document(String title, String text, List<Triple> gold) {
    }

    private final List<Document> documents;

    private ReDocRedEvaluation(List<Document> documents) {
        this.documents = documents;
    }

    /** Reads a Re-DocRED file (a JSON array of documents with {@code sents}, {@code vertexSet}, {@code labels}). */
    public static ReDocRedEvaluation load(Path file) throws IOException {
        JsonNode root = new ObjectMapper().readTree(Files.newBufferedReader(file));
        if (!root.isArray()) {
            throw new IOException(file + ": expected a JSON array of documents");
        }
        List<Document> docs = new ArrayList<>();
        int index = 0;
        for (JsonNode d : root) {
            index++;
            try {
                docs.add(document(d));
            } catch (RuntimeException e) {
                throw new IOException(file + ": document " + index + ": " + e.getMessage(), e);
            }
        }
        return new ReDocRedEvaluation(docs);
    }

    private static Document document(JsonNode d) {
        StringBuilder text = new StringBuilder();
        List<int[][]> sentenceTokens = new ArrayList<>();
        for (JsonNode sentence : d.get("sents")) {
            int[][] offsets = new int[sentence.size()][];
            for (int i = 0; i < sentence.size(); i++) {
                if (!text.isEmpty()) {
                    text.append(i == 0 ? "\n" : " ");
                }
                String token = sentence.get(i).asText();
                int start = text.codePointCount(0, text.length());
                text.append(token);
                offsets[i] = new int[]{start, start + token.codePointCount(0, token.length())};
            }
            sentenceTokens.add(offsets);
        }
        String t = text.toString();
        List<List<Span>> entities = new ArrayList<>();
        List<String> types = new ArrayList<>();
        for (JsonNode vertex : d.get("vertexSet")) {
            List<Span> mentions = new ArrayList<>();
            for (JsonNode m : vertex) {
                int[][] tokens = sentenceTokens.get(m.get("sent_id").asInt());
                int from = m.get("pos").get(0).asInt();
                int to = m.get("pos").get(1).asInt() - 1;
                mentions.add(new Span(tokens[from][0], tokens[to][1], ""));
            }
            entities.add(mentions);
            types.add(vertex.get(0).get("type").asText());
        }
        List<Triple> gold = new ArrayList<>();
        for (JsonNode l : d.get("labels")) {
            Mapping mapping = PROPERTIES.get(l.get("r").asText());
            int h = l.get("h").asInt();
            int tl = l.get("t").asInt();
            if (mapping == null || !party(types.get(h)) || !party(types.get(tl))) {
                continue;
            }
            List<Span> head = entities.get(h);
            List<Span> tail = entities.get(tl);
            List<Integer> evidence = new ArrayList<>();
            l.path("evidence").forEach(e -> evidence.add(e.asInt()));
            Triple triple = mapping.headIsSubject() ? new Triple(mapping.type(), head, tail, evidence)
                    : new Triple(mapping.type(), tail, head, evidence);
            // Two properties may say one tie ("member of", "member of political party"): one gold triple, both
            // properties' evidence.
            Triple same = gold.stream().filter(g -> g.type() == triple.type() && g.subject().equals(triple.subject())
                    && g.object().equals(triple.object())).findFirst().orElse(null);
            if (same == null) {
                gold.add(triple);
            } else {
                List<Integer> both = new ArrayList<>(same.evidence());
                evidence.stream().filter(e -> !both.contains(e)).forEach(both::add);
                gold.set(gold.indexOf(same), new Triple(same.type(), same.subject(), same.object(), both));
            }
        }
        return new Document(d.get("title").asText(), t, gold);
    }

    private static boolean party(String type) {
        return type.equals("PER") || type.equals("ORG") || type.equals("LOC");
    }

    public int documentCount() {
        return documents.size();
    }

    /** The documents, for training on the tuning part ({@code sitrep train relations}). */
    public List<Document> documents() {
        return documents;
    }

    /**
     * A fixed sample of {@code n} documents (all when {@code n} is not positive), drawn with a seeded shuffle of the
     * titles so runs compare.
     */
    public ReDocRedEvaluation sample(int n, long seed) {
        if (n <= 0 || n >= documents.size()) {
            return this;
        }
        List<Document> sorted = new ArrayList<>(documents);
        sorted.sort(Comparator.comparing(Document::title));
        Collections.shuffle(sorted, new Random(seed));
        return new ReDocRedEvaluation(List.copyOf(sorted.subList(0, n)));
    }

    /** Scores per type (and in total under {@code "ALL"}). */
    public Map<String, Score> evaluate(Extractor extractor) {
        return evaluate(extractor, null);
    }

    /**
     * As {@link #evaluate(Extractor)}; each system relation no gold triple matches goes to {@code spurious} (when not
     * null) as a line: type, subject, object, evidence. Only for the tuning part: reading the held-out part's errors
     * would be tuning on it.
     */
    public Map<String, Score> evaluate(Extractor extractor, StringBuilder spurious) {
        Map<String, Score> scores = new LinkedHashMap<>();
        TYPES.forEach(t -> scores.put(t.label(), Score.ZERO));
        for (Document d : documents) {
            DocumentExtraction x = extractor.extract(InputDocument.of(d.title(), d.text(), DocDate.UNKNOWN));
            List<Triple> system = systemTriples(x);
            if (spurious != null) {
                spurious(x, d, spurious);
            }
            for (RelationType type : TYPES) {
                List<Triple> sys = system.stream().filter(r -> r.type() == type).toList();
                List<Triple> gold = d.gold().stream().filter(r -> r.type() == type).toList();
                scores.merge(type.label(), match(sys, gold), Score::plus);
            }
        }
        scores.put("ALL", scores.values().stream().reduce(Score.ZERO, Score::plus));
        return scores;
    }

    private static void spurious(DocumentExtraction x, Document d, StringBuilder out) {
        Map<String, Entity> byId = new LinkedHashMap<>();
        x.entities().forEach(e -> byId.put(e.id(), e));
        for (Relation r : x.relations()) {
            Entity s = byId.get(r.subject());
            Entity o = byId.get(r.object());
            if (!TYPES.contains(r.type()) || s == null || o == null) {
                continue;
            }
            boolean matched = d.gold().stream().anyMatch(g -> g.type() == r.type() && overlaps(s.mentions(), g.subject())
                    && overlaps(o.mentions(), g.object()));
            if (!matched) {
                out.append(r.type().label()).append('\t').append(s.name()).append(" -> ").append(o.name()).append('\t')
                        .append(r.evidence().text().replaceAll("\\s+", " ")).append('\n');
            }
        }
    }

    /** Sitrep's relations of the scored types as entity-level triples, one per entity pair and type. */
    private static List<Triple> systemTriples(DocumentExtraction x) {
        Map<String, Entity> byId = new LinkedHashMap<>();
        x.entities().forEach(e -> byId.put(e.id(), e));
        List<Triple> found = new ArrayList<>();
        List<String> seen = new ArrayList<>();
        for (Relation r : x.relations()) {
            if (!TYPES.contains(r.type()) || !byId.containsKey(r.subject()) || !byId.containsKey(r.object())) {
                continue;
            }
            String key = r.type() + " " + r.subject() + " " + r.object();
            if (!seen.contains(key)) {
                seen.add(key);
                found.add(new Triple(r.type(), byId.get(r.subject()).mentions(), byId.get(r.object()).mentions(),
                        List.of()));
            }
        }
        return found;
    }

    private static boolean overlaps(List<Span> a, List<Span> b) {
        for (Span x : a) {
            for (Span y : b) {
                if (x.start() < y.end() && y.start() < x.end()) {
                    return true;
                }
            }
        }
        return false;
    }

    private static Score match(List<Triple> system, List<Triple> gold) {
        boolean[] used = new boolean[gold.size()];
        int tp = 0;
        for (Triple s : system) {
            for (int g = 0; g < gold.size(); g++) {
                if (!used[g] && overlaps(s.subject(), gold.get(g).subject()) && overlaps(s.object(), gold.get(g).object())) {
                    used[g] = true;
                    tp++;
                    break;
                }
            }
        }
        return new Score(tp, system.size(), gold.size(), tp);
    }

    /** A printable table of per-type scores. */
    public static String report(Map<String, Score> scores) {
        StringBuilder sb = new StringBuilder();
        scores.forEach((type, score) -> sb.append(String.format("  %-12s %s%n", type, score)));
        return sb.toString();
    }
}
