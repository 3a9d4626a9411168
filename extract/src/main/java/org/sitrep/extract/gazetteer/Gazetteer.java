package org.sitrep.extract.gazetteer;

import org.sitrep.extract.EntityType;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Names Sitrep knows before reading anything: states, armed groups, government bodies, international bodies,
 * nationalities. Held as data files of tab-separated lines {@code type  name  alias|alias|...  [sources]}
 * ({@code #} starts a comment; the sources column says where a user can check the entry and is not read by the
 * tagger); users add their own files, and callers may add entries from sanctions lists.
 *
 * <p>Lookups match an alias exactly first, then ignoring case for names long enough not to collide with words
 * ("IS" must stay upper-case to mean Islamic State).
 */
public final class Gazetteer {

    private static final String BUNDLED_FOLDER = "/org/sitrep/extract/gazetteer/";
    private static final List<String> BUNDLED_FILES =
            List.of("armed-groups.tsv", "states.tsv", "government-bodies.tsv", "international-bodies.tsv",
                    "nationalities.tsv", "places.tsv");
    /** Shorter names only match with their exact case: "IS", "UN", "SAA" are also ordinary words or noise. */
    private static final int MIN_CASELESS_LENGTH = 5;

    private final List<GazetteerEntry> entries = new ArrayList<>();
    private final Map<String, GazetteerEntry> byExactName = new HashMap<>();
    private final Map<String, GazetteerEntry> byFoldedName = new HashMap<>();

    /** An empty gazetteer. */
    public Gazetteer() {
    }

    /** The gazetteer shipped with Sitrep. */
    public static Gazetteer bundled() {
        Gazetteer g = new Gazetteer();
        for (String file : BUNDLED_FILES) {
            try (InputStream in = Gazetteer.class.getResourceAsStream(BUNDLED_FOLDER + file)) {
                if (in == null) {
                    throw new IllegalStateException("gazetteer file missing from the build: " + file);
                }
                g.read(new InputStreamReader(in, StandardCharsets.UTF_8), file);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return g;
    }

    /** Adds the entries of a user's gazetteer file (same format as the bundled ones). */
    public Gazetteer addFile(Path file) throws IOException {
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            read(r, file.toString());
        }
        return this;
    }

    /**
     * Adds one entry, e.g. an entity from a sanctions list. Entries added after an
     * {@link org.sitrep.extract.Extractor} was built do not reach that extractor's tagger.
     */
    public synchronized Gazetteer add(GazetteerEntry entry) {
        entries.add(entry);
        for (String n : entry.allNames()) {
            byExactName.putIfAbsent(n, entry);
            if (n.length() >= MIN_CASELESS_LENGTH) {
                byFoldedName.putIfAbsent(fold(n), entry);
            }
        }
        return this;
    }

    /** All entries, in the order they were added. */
    public synchronized List<GazetteerEntry> entries() {
        return Collections.unmodifiableList(new ArrayList<>(entries));
    }

    /** The entry known by {@code name}, if any. */
    public Optional<GazetteerEntry> lookup(String name) {
        String n = name.strip();
        GazetteerEntry e = byExactName.get(n);
        if (e == null && n.length() >= MIN_CASELESS_LENGTH) {
            e = byFoldedName.get(fold(n));
        }
        return Optional.ofNullable(e);
    }

    public int size() {
        return entries.size();
    }

    private void read(Reader reader, String source) throws IOException {
        BufferedReader in = reader instanceof BufferedReader b ? b : new BufferedReader(reader);
        String line;
        int lineNo = 0;
        while ((line = in.readLine()) != null) {
            lineNo++;
            String content = line.strip();
            if (content.isEmpty() || content.startsWith("#")) {
                continue;
            }
            String[] cols = line.split("\t");
            if (cols.length < 2) {
                throw new IllegalArgumentException(source + ":" + lineNo + ": expected 'type<TAB>name[<TAB>aliases]'");
            }
            final int at = lineNo;
            EntityType type = EntityType.fromLabel(cols[0]).orElseThrow(() -> new IllegalArgumentException(
                    source + ":" + at + ": unknown entity type '" + cols[0] + "'"));
            List<String> aliases = cols.length > 2
                    ? Arrays.stream(cols[2].split("\\|")).map(String::strip).filter(s -> !s.isEmpty()).toList()
                    : List.of();
            add(new GazetteerEntry(type, cols[1].strip(), aliases));
        }
    }

    private static String fold(String name) {
        return name.toLowerCase(Locale.ROOT).replace('’', '\'').replaceAll("\\s+", " ");
    }

    /** Entries grouped by type, for reports. */
    public Map<EntityType, Integer> countsByType() {
        Map<EntityType, Integer> counts = new LinkedHashMap<>();
        for (GazetteerEntry e : entries()) {
            counts.merge(e.type(), 1, Integer::sum);
        }
        return counts;
    }
}
