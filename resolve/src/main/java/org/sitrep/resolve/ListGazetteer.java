package org.sitrep.resolve;

import org.sitrep.extract.EntityType;
import org.sitrep.extract.gazetteer.Gazetteer;
import org.sitrep.extract.gazetteer.GazetteerEntry;
import org.sitrep.lists.ListEntity;
import org.sitrep.lists.ListSnapshot;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The names of listed parties as running text writes them, for the extractor's tagger
 * ({@link org.sitrep.extract.Extractor.Builder#knownNames}): "AL-BAGHDADI, Abu Bakr" becomes "Abu Bakr AL-BAGHDADI",
 * matched in any case. Only names of two words or more in Latin script are kept: a single listed word ("HESCO",
 * "MOHAMMED") is too often an ordinary word or a first name, and other scripts do not occur in English reporting.
 */
public final class ListGazetteer {

    private static final int MAX_WORDS = 8;

    private ListGazetteer() {
    }

    /**
     * Entries for the listed persons, companies and organisations with usable names. A name {@code known} already
     * holds keeps the type the gazetteer gives it ("ISLAMIC STATE OF IRAQ AND THE LEVANT" stays an armed group), so
     * that the gazetteer's canonical name and type stand.
     */
    public static List<GazetteerEntry> names(List<ListSnapshot> lists, Gazetteer known) {
        List<GazetteerEntry> out = new ArrayList<>();
        for (ListSnapshot list : lists) {
            for (ListEntity party : list.entities()) {
                out.addAll(entries(party, known));
            }
        }
        return out;
    }

    static List<GazetteerEntry> entries(ListEntity party, Gazetteer known) {
        EntityType listed = switch (party.schema()) {
            case "Person" -> EntityType.PERSON;
            case "Company" -> EntityType.COMPANY;
            case "Organization", "LegalEntity", "PublicBody" -> EntityType.ORGANIZATION;
            default -> null;
        };
        if (listed == null) {
            return List.of();
        }
        List<String> names = new ArrayList<>();
        names.add(party.name());
        names.addAll(party.strongAliases());
        names.addAll(party.previousNames());
        Map<EntityType, Set<String>> byType = new LinkedHashMap<>();
        for (String name : names) {
            readingForm(name, listed == EntityType.PERSON).ifPresent(form -> byType
                    .computeIfAbsent(known.lookup(form).map(GazetteerEntry::type).orElse(listed),
                            t -> new LinkedHashSet<>())
                    .add(form));
        }
        List<GazetteerEntry> out = new ArrayList<>();
        byType.forEach((type, forms) -> {
            List<String> all = new ArrayList<>(forms);
            out.add(new GazetteerEntry(type, all.get(0), all.subList(1, all.size())));
        });
        return out;
    }

    /** {@code name} as text would write it, or empty when it is not worth matching. */
    static Optional<String> readingForm(String name, boolean person) {
        String n = name.replace("\"", "").strip();
        if (n.isEmpty() || n.chars().anyMatch(c -> "()[]{}".indexOf(c) >= 0) || !isLatin(n)) {
            return Optional.empty();
        }
        int comma = n.indexOf(',');
        if (person && comma > 0 && n.indexOf(',', comma + 1) < 0) {
            // Lists put the family name first: "AL-BAGHDADI, Abu Bakr".
            n = n.substring(comma + 1).strip() + " " + n.substring(0, comma).strip();
        }
        n = n.replace(",", " ").replaceAll("\\s+", " ").strip();
        int words = n.split(" ").length;
        return words >= 2 && words <= MAX_WORDS ? Optional.of(n) : Optional.empty();
    }

    private static boolean isLatin(String s) {
        return s.codePoints().filter(Character::isLetter)
                .allMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.LATIN);
    }
}
