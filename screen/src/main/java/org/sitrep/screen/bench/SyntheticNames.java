package org.sitrep.screen.bench;

import org.sitrep.lists.ListEntity;
import org.sitrep.screen.index.ScreeningIndex;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * Parties for a large synthetic list: each name recombines two to four words drawn from real listed names, so the
 * word statistics (lengths, scripts of origin, rarity) resemble a real list's.
 */
final class SyntheticNames {

    private final List<String> words;
    private final Random random;

    SyntheticNames(ScreeningIndex source, Random random) {
        this.random = random;
        Set<String> distinct = new HashSet<>();
        for (int n = 0; n < source.nameCount(); n++) {
            for (String word : source.nameText(n).split("[\\s,]+")) {
                if (word.length() > 1) {
                    distinct.add(word);
                }
            }
        }
        words = new ArrayList<>(distinct);
        words.sort(null);
    }

    ListEntity entity(int number) {
        int count = 2 + random.nextInt(3);
        StringBuilder name = new StringBuilder();
        for (int i = 0; i < count; i++) {
            if (i > 0) {
                name.append(' ');
            }
            name.append(words.get(random.nextInt(words.size())));
        }
        String year = String.valueOf(1940 + random.nextInt(60));
        return new ListEntity("synthetic", String.valueOf(number), "Person", name.toString(), List.of(), List.of(),
                List.of(), List.of(), List.of(year), List.of(), List.of(), List.of(), List.of(), List.of(), null,
                List.of(), null, "synthetic:" + number);
    }
}
