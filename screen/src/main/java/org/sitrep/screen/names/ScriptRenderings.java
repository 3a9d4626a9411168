package org.sitrep.screen.names;

import com.ibm.icu.text.Transliterator;
import org.sitrep.screen.data.TsvResource;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Spellings of a Latin-script name as another script would romanise it. Lists write a Russian citizen's name as the
 * list's own romanisation has it ("HASWANI, George"); a query written in Cyrillic ("Джордж Хасвани") romanises, by
 * BGN/PCGN, to "Dzhordzh Khasvani". Taking the listed name to Cyrillic (BGN/PCGN in reverse, then the letters that
 * system leaves in Latin: w, h, x, q, c, j) and back to Latin with the same system gives the spelling such a query
 * arrives at ("Khasvani, George"), so the two meet; given names that Russian writes by their English sound
 * (Джордж, Джон) are variants in {@code given-names.tsv}.
 *
 * <p>Which parties get such spellings follows {@code country-scripts.tsv}: the nationalities whose names are
 * written in the script. Thread-safe (ICU transliterators are used under a lock each).
 */
public final class ScriptRenderings {

    /** Latin letters the reverse BGN/PCGN system leaves untouched, as Russian writes their sounds. */
    private static final String LEFTOVER_RULES = """
            w > в ; W > В ; h > х ; H > Х ; x > кс ; X > КС ; q > к ; Q > К ;
            c > к ; C > К ; j > дж ; J > ДЖ ; y > ы ; Y > Ы ;
            """;

    private final Transliterator toCyrillic = Transliterator.getInstance("Latin-Russian/BGN");
    private final Transliterator leftovers = Transliterator.createFromRules("Latin-Leftovers", LEFTOVER_RULES,
            Transliterator.FORWARD);
    private final Transliterator fromCyrillic = Transliterator.getInstance("Russian-Latin/BGN; Latin-ASCII");
    private final Set<String> cyrillicCountries = new HashSet<>();

    public ScriptRenderings() {
        for (TsvResource.Line line : TsvResource.read("country-scripts.tsv")) {
            if (line.cells().size() < 2) {
                throw line.problem("a country code and a script expected");
            }
            if (line.cells().get(1).equalsIgnoreCase("Cyrillic")) {
                cyrillicCountries.add(line.cells().get(0).toUpperCase(Locale.ROOT));
            }
        }
    }

    /** Whether names of a party of this nationality (ISO code) are also written in Cyrillic. */
    public boolean writtenInCyrillic(String countryCode) {
        return countryCode != null && cyrillicCountries.contains(countryCode.toUpperCase(Locale.ROOT));
    }

    /** The Latin spelling a Cyrillic writing of this Latin-script name romanises to (BGN/PCGN). */
    public String viaCyrillic(String latin) {
        String cyrillic;
        synchronized (toCyrillic) {
            cyrillic = toCyrillic.transliterate(latin);
        }
        synchronized (leftovers) {
            cyrillic = leftovers.transliterate(cyrillic);
        }
        synchronized (fromCyrillic) {
            return fromCyrillic.transliterate(cyrillic);
        }
    }
}
