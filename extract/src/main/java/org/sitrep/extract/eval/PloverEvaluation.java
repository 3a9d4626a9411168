package org.sitrep.extract.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.sitrep.extract.DocumentExtraction;
import org.sitrep.extract.Entity;
import org.sitrep.extract.Event;
import org.sitrep.extract.EventType;
import org.sitrep.extract.Extractor;
import org.sitrep.extract.InputDocument;
import org.sitrep.extract.event.training.EventCorpus;
import org.sitrep.model.DocDate;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Scores event detection on the PLOVER gold-standard records: one sentence each, with a PLOVER event category,
 * source actors and target actors. Sitrep types events by ACLED's scheme, so each sub-event type is mapped to the
 * PLOVER category it falls under; only categories some ACLED type maps to are scored (PLOVER's verbal categories
 * such as DEMAND or DISAPPROVE are claims in Sitrep, not events). Actors are compared by word overlap of names.
 */
public final class PloverEvaluation {

    /** PLOVER categories that Sitrep's event types can express. */
    public static final Set<String> COVERED = Set.of("FIGHT", "ASSAULT", "PROTEST", "AGREE", "SANCTION", "COERCE",
            "RETREAT", "AID", "MOBILIZE");

    record Record(String id, String category, String text, LocalDate date, List<String> sources, List<String> targets) {
    }

    /**
     * The figures.
     *
     * @param detection        records of a covered category found with the same category (precision over all
     *                         predictions of covered categories)
     * @param anyEvent         records of a covered category where any event was found
     * @param sourceOverlap    of correctly typed events whose record names a source, how many share a word with it
     * @param targetOverlap    the same for targets
     * @param perCategory      detection per PLOVER category
     */
    public record Result(Score detection, Score anyEvent, Score sourceOverlap, Score targetOverlap,
                         Map<String, Score> perCategory) {
    }

    private final List<Record> records;

    private PloverEvaluation(List<Record> records) {
        this.records = records;
    }

    public static PloverEvaluation load(Path file) throws IOException {
        JsonNode root = new ObjectMapper().readTree(file.toFile());
        List<Record> records = new ArrayList<>();
        for (JsonNode n : root) {
            String category = n.path("event").asText();
            if (category.equals("DOCUMENT") || !n.hasNonNull("text")) {
                continue;
            }
            LocalDate date = null;
            try {
                date = LocalDate.parse(n.path("date").asText());
            } catch (DateTimeParseException e) {
                // records without a usable date are read without an anchor
            }
            records.add(new Record(n.path("id").asText(), category, n.get("text").asText(), date,
                    actorTexts(n.path("source")), actorTexts(n.path("target"))));
        }
        return new PloverEvaluation(records);
    }

    private static List<String> actorTexts(JsonNode actors) {
        List<String> texts = new ArrayList<>();
        for (JsonNode a : actors) {
            if (a.hasNonNull("actorText")) {
                texts.add(a.get("actorText").asText());
            }
        }
        return texts;
    }

    public int size() {
        return records.size();
    }

    /** Seed of the split of the records into a tuning part and a held-out part. */
    public static final long SPLIT_SEED = 29;

    /**
     * The records of the tuning part ({@code heldOut} false) or of the held-out part: about a fifth, chosen by a
     * hash of the record id with {@link #SPLIT_SEED}, so that rules can be judged on records nobody tuned on.
     */
    public PloverEvaluation part(boolean heldOut) {
        return new PloverEvaluation(records.stream()
                .filter(r -> EventCorpus.isHeldOut(r.id(), SPLIT_SEED) == heldOut).toList());
    }

    /** The PLOVER category an ACLED (or Sitrep) sub-event type falls under, if any. */
    static Optional<String> ploverCategory(EventType type) {
        String c = switch (type) {
            case ARMED_CLASH, GOVERNMENT_REGAINS_TERRITORY, NON_STATE_ACTOR_OVERTAKES_TERRITORY, CHEMICAL_WEAPON,
                 AIR_DRONE_STRIKE, SHELLING -> "FIGHT";
            case SUICIDE_BOMB, REMOTE_EXPLOSIVE, GRENADE, SEXUAL_VIOLENCE, ATTACK_ON_CIVILIANS, ABDUCTION, MOB_VIOLENCE,
                 LOOTING -> "ASSAULT";
            case PEACEFUL_PROTEST, PROTEST_WITH_INTERVENTION, VIOLENT_DEMONSTRATION -> "PROTEST";
            case EXCESSIVE_FORCE_AGAINST_PROTESTERS, ARRESTS, SEIZURE, DISRUPTED_WEAPONS_USE -> "COERCE";
            case AGREEMENT -> "AGREE";
            case SANCTION -> "SANCTION";
            case NON_VIOLENT_TRANSFER -> "RETREAT";
            case TRADE, FUNDING -> "AID";
            case BASE_ESTABLISHED -> "MOBILIZE";
            case CHARGE -> "ACCUSE";
            case VERDICT -> "COERCE";
            case CHANGE_TO_GROUP, OTHER_DEVELOPMENT, TRIAL -> null;
        };
        return Optional.ofNullable(c);
    }

    public Result evaluate(Extractor extractor) {
        int tp = 0;
        int predicted = 0;
        int gold = 0;
        int anyFound = 0;
        int srcHit = 0;
        int srcTotal = 0;
        int tarHit = 0;
        int tarTotal = 0;
        Map<String, int[]> per = new LinkedHashMap<>(); // tp, predicted, gold
        for (Record r : records) {
            DocDate date = r.date() == null ? DocDate.UNKNOWN : DocDate.given(r.date());
            DocumentExtraction x = extractor.extract(InputDocument.of(r.id(), r.text(), date));
            Set<String> categories = new HashSet<>();
            for (Event v : x.events()) {
                ploverCategory(v.type()).ifPresent(categories::add);
            }
            boolean covered = COVERED.contains(r.category());
            if (covered) {
                gold++;
                per.computeIfAbsent(r.category(), k -> new int[3])[2]++;
                if (!x.events().isEmpty()) {
                    anyFound++;
                }
            }
            for (String c : categories) {
                predicted++;
                per.computeIfAbsent(c, k -> new int[3])[1]++;
                if (c.equals(r.category())) {
                    tp++;
                    per.get(c)[0]++;
                }
            }
            if (covered && categories.contains(r.category())) {
                Event v = x.events().stream()
                        .filter(e -> ploverCategory(e.type()).filter(r.category()::equals).isPresent())
                        .findFirst().orElseThrow();
                if (!r.sources().isEmpty()) {
                    srcTotal++;
                    if (overlaps(names(x, v.actors()), r.sources())) {
                        srcHit++;
                    }
                }
                if (!r.targets().isEmpty()) {
                    tarTotal++;
                    if (overlaps(names(x, v.targets()), r.targets())) {
                        tarHit++;
                    }
                }
            }
        }
        Map<String, Score> perCategory = new LinkedHashMap<>();
        per.forEach((k, v) -> perCategory.put(k, new Score(v[0], v[1], v[2], v[0])));
        return new Result(new Score(tp, predicted, gold, tp), new Score(anyFound, anyFound, gold, anyFound),
                new Score(srcHit, srcTotal, srcTotal, srcHit), new Score(tarHit, tarTotal, tarTotal, tarHit), perCategory);
    }

    /** Every name and alias of the given entities. */
    private static List<String> names(DocumentExtraction x, List<String> ids) {
        List<String> names = new ArrayList<>();
        for (Entity e : x.entities()) {
            if (ids.contains(e.id())) {
                names.add(e.name());
                names.addAll(e.aliases());
                e.mentions().forEach(m -> names.add(m.text()));
            }
        }
        return names;
    }

    private static final Set<String> STOP = Set.of("the", "of", "and", "a", "an", "in", "'s", "its");

    private static boolean overlaps(List<String> system, List<String> gold) {
        Set<String> g = words(gold);
        return words(system).stream().anyMatch(g::contains);
    }

    private static Set<String> words(List<String> names) {
        return names.stream()
                .flatMap(n -> Arrays.stream(n.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")))
                .filter(w -> w.length() > 1 && !STOP.contains(w))
                .collect(Collectors.toSet());
    }

    public static String report(Result r, int records) {
        StringBuilder sb = new StringBuilder();
        sb.append("PLOVER records: ").append(records).append(" (scored categories: ")
                .append(COVERED.stream().sorted().collect(Collectors.joining(", "))).append(")\n");
        sb.append("Event detection, category mapped from ACLED type   ").append(r.detection()).append('\n');
        sb.append("Any event found in a record of a scored category    recall ")
                .append(String.format(Locale.ROOT, "%.3f", r.anyEvent().recall())).append('\n');
        sb.append("Source actor overlap (correct category)             ")
                .append(String.format(Locale.ROOT, "%d/%d = %.3f", r.sourceOverlap().truePositives(),
                        r.sourceOverlap().goldCount(), r.sourceOverlap().recall())).append('\n');
        sb.append("Target actor overlap (correct category)             ")
                .append(String.format(Locale.ROOT, "%d/%d = %.3f", r.targetOverlap().truePositives(),
                        r.targetOverlap().goldCount(), r.targetOverlap().recall())).append('\n');
        r.perCategory().forEach((k, v) -> sb.append(String.format("  %-10s %s%n", k, v)));
        return sb.toString();
    }
}
