package org.sitrep.extract.relation;

import org.sitrep.extract.RelationType;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Words between two actors that state a relation, read from the data file {@code cues.tsv}, in priority order. */
final class RelationCues {

    /** A cue: its lemmas, the relation, and whether the second actor is the subject. */
    record Cue(String[] lemmas, RelationType type, boolean reverse) {
    }

    private final List<Cue> cues = new ArrayList<>();

    RelationCues() {
        try (InputStream in = RelationCues.class.getResourceAsStream("/org/sitrep/extract/relation/cues.tsv")) {
            if (in == null) {
                throw new IllegalStateException("relation cues missing from the build");
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = r.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cols = line.split("\t");
                cues.add(new Cue(cols[1].strip().split(" "), RelationType.valueOf(cols[0].strip().toUpperCase(Locale.ROOT)),
                        cols[2].strip().equals("reverse")));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The first cue (in priority order) occurring in {@code lemmas}, or null. */
    Cue find(List<String> lemmas) {
        for (Cue cue : cues) {
            for (int i = 0; i + cue.lemmas().length <= lemmas.size(); i++) {
                boolean all = true;
                for (int k = 0; k < cue.lemmas().length && all; k++) {
                    all = cue.lemmas()[k].equals(lemmas.get(i + k));
                }
                if (all) {
                    return cue;
                }
            }
        }
        return null;
    }
}
