package org.sitrep.resolve;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Deterministic synthetic news mentions for the resolution benchmark: people and organisations named the way
 * reports name them, across many short documents.
 *
 * <ul>
 *   <li>People have a given name and a surname. Given names come from a fixed pool of spelling families (Mohammed,
 *       Muhammad, Mohamed), so every given name is shared by a growing crowd; surnames are invented per run, about
 *       fifteen people to a surname, so blocks by surname are never trivial. A report spells a person with any
 *       member of the given-name family, writes an Arabic surname with al-, el- or Al, a Russian one in Cyrillic or
 *       Latin, a Spanish one with or without its accent, and sometimes list style ("RASHIDI, Omar").</li>
 *   <li>Organisations are an invented stem, a sector word from a small pool (Trading, Logistics) and a legal form
 *       that reports vary (LLC, Ltd, Limited, Co., Company).</li>
 *   <li>A document names three to five parties of one circle (parties that keep appearing together, as an armed
 *       group's commanders and suppliers do) and refers back to each by its surname or stem.</li>
 * </ul>
 *
 * Invented surnames and stems differ from each other by more than one deletion, so two different parties never
 * differ by one letter only: a fold between them would be the resolver's error, not the data's.
 */
final class SyntheticMentions {

    /** A party behind the mentions: its kind, the nationality reports give it, and the spellings they may use. */
    record Party(int number, String schema, String demonym, List<String> spellings, List<String> shortForms) {
    }

    /** One party's mentions in one document: the name the extractor gives the entity and the spans naming it. */
    record PartyMentions(int party, String schema, String name, List<int[]> spans) {
    }

    /** A synthetic news document and who it names where. */
    record SyntheticDocument(String text, List<PartyMentions> parties) {
        int mentions() {
            return parties.stream().mapToInt(p -> p.spans().size()).sum();
        }
    }

    /** Families of spellings of one given name; a report may use any of them for the same person. */
    private static final List<List<String>> GIVEN_NAMES = List.of(
            List.of("Mohammed", "Muhammad", "Mohamed"), List.of("Ahmed", "Ahmad"), List.of("Yusuf", "Youssef"),
            List.of("Omar", "Umar"), List.of("Hussein", "Husayn", "Hussain"), List.of("Abdullah", "Abdallah"),
            List.of("Khalid", "Khaled"), List.of("Hassan", "Hasan"), List.of("Ibrahim", "Ebrahim"),
            List.of("Mustafa", "Mostafa"), List.of("Tariq", "Tarek"), List.of("Walid", "Waleed"),
            List.of("Karim", "Kareem"), List.of("Faisal", "Faysal"), List.of("Jamal", "Gamal"),
            List.of("Nabil", "Nabeel"), List.of("Rashid", "Rasheed"), List.of("Samir", "Sameer"),
            List.of("Hamid", "Hameed"), List.of("Osama", "Usama"), List.of("Bashir", "Basheer"),
            List.of("Mahmoud", "Mahmud"), List.of("Nasser", "Nasir"), List.of("Salim", "Saleem"),
            List.of("Fatima", "Fatma"), List.of("Maryam", "Mariam"), List.of("Zainab", "Zeinab"),
            List.of("Leila", "Layla"), List.of("Sergei", "Sergey"), List.of("Alexei", "Aleksei"),
            List.of("Dmitri", "Dmitry"), List.of("Nikolai", "Nikolay"), List.of("Andrei", "Andrey"),
            List.of("Mikhail", "Michail"), List.of("Yelena", "Elena"), List.of("Tatiana", "Tatyana"),
            List.of("Natalia", "Natalya"), List.of("Viktor", "Victor"), List.of("Javier", "Xavier"),
            List.of("Jorge", "George"), List.of("Luis", "Lluis"), List.of("Alejandro", "Alexandro"),
            List.of("Fernando", "Fernand"), List.of("Ricardo", "Riccardo"), List.of("Eduardo", "Edoardo"),
            List.of("Carmen", "Karmen"), List.of("Isabel", "Isabelle"), List.of("Joaquin", "Joaquim"));

    private static final String[] SECTORS = {"Trading", "Logistics", "Petroleum", "Construction", "Shipping",
            "Engineering", "Holding", "Industries", "Security", "Minerals", "Exchange", "Transport"};
    private static final String[][] LEGAL_FORMS = {{"LLC", "L.L.C."}, {"Ltd", "Limited", "Ltd."},
            {"Co.", "Company", "Co"}, {"Group"}, {"FZE"}, {"JSC", "OJSC"}};
    private static final String[] ARABIC_DEMONYMS = {"Syrian", "Iraqi", "Jordanian", "Lebanese", "Yemeni"};

    private static final String[] ONSETS = {"b", "d", "f", "g", "h", "j", "k", "l", "m", "n", "r", "s", "t", "v",
            "z", "sh", "kh", "br", "tr", "st"};
    private static final String[] VOWELS = {"a", "e", "i", "o", "u"};
    private static final String[] CODAS = {"n", "r", "l", "m", "s", "d", "k", "v", "z", "t"};

    private static final int CIRCLE = 8;
    private static final int PEOPLE_PER_SURNAME = 15;

    private final List<Party> parties = new ArrayList<>();
    private final SplittableRandom random;

    /**
     * @param mentions about how many mentions the documents will hold; the population is sized to it (about ten
     *                 mentions a party)
     */
    SyntheticMentions(int mentions, long seed) {
        this.random = new SplittableRandom(seed);
        int partyCount = Math.max(2 * CIRCLE, mentions / 10);
        int people = partyCount * 7 / 10;
        int surnames = Math.max(4, people / PEOPLE_PER_SURNAME);
        Set<String> taken = new HashSet<>();
        List<String> roots = new ArrayList<>();
        while (roots.size() < surnames + (partyCount - people)) {
            String root = root(taken);
            if (root != null) {
                roots.add(root);
            }
        }
        int[] givenOffset = new int[surnames];
        for (int s = 0; s < surnames; s++) {
            givenOffset[s] = random.nextInt(GIVEN_NAMES.size());
        }
        // parties are interleaved so that each circle of CIRCLE consecutive parties mixes people and organisations
        int person = 0;
        int org = 0;
        for (int n = 0; n < partyCount; n++) {
            boolean isPerson = person < people && (org >= partyCount - people || n % 10 < 7);
            if (isPerson) {
                int surname = person % surnames;
                // person / surnames < GIVEN_NAMES.size() whenever people <= 48 * surnames: (given, surname) is unique
                int given = (givenOffset[surname] + person / surnames) % GIVEN_NAMES.size();
                parties.add(person(n, GIVEN_NAMES.get(given), roots.get(surname), surname));
                person++;
            } else {
                parties.add(organisation(n, roots.get(surnames + org)));
                org++;
            }
        }
    }

    List<Party> parties() {
        return parties;
    }

    /** Documents until they hold at least {@code mentions} mentions, the same for the same seed. */
    List<SyntheticDocument> documents(int mentions) {
        List<SyntheticDocument> out = new ArrayList<>();
        int held = 0;
        while (held < mentions) {
            SyntheticDocument doc = document(out.size());
            out.add(doc);
            held += doc.mentions();
        }
        return out;
    }

    private SyntheticDocument document(int number) {
        int circle = random.nextInt(parties.size() / CIRCLE);
        int count = 3 + random.nextInt(3);
        List<Integer> members = new ArrayList<>();
        while (members.size() < count) {
            int p = circle * CIRCLE + random.nextInt(CIRCLE);
            if (!members.contains(p)) {
                members.add(p);
            }
        }
        StringBuilder text = new StringBuilder("Report ").append(number).append(". ");
        List<PartyMentions> named = new ArrayList<>();
        for (int i = 0; i < members.size(); i++) {
            Party party = parties.get(members.get(i));
            String name = party.spellings().get(random.nextInt(party.spellings().size()));
            List<int[]> spans = new ArrayList<>();
            if (party.demonym() != null && random.nextInt(3) == 0) {
                text.append(i == 0 ? "The " : "Officials said the ").append(party.demonym())
                        .append(party.schema().equals("Person") ? " official " : " firm ");
            } else {
                text.append(i == 0 ? "Sources named " : "Officials said ");
            }
            spans.add(append(text, name));
            text.append(party.schema().equals("Person") ? " met the delegation in the capital. "
                    : " shipped the cargo through the port. ");
            if (random.nextInt(2) == 0) {
                List<String> shortForms = party.shortForms();
                text.append("A spokesman for ");
                spans.add(append(text, shortForms.get(random.nextInt(shortForms.size()))));
                text.append(" denied the report. ");
            }
            named.add(new PartyMentions(party.number(), party.schema(), name, spans));
        }
        return new SyntheticDocument(text.toString(), named);
    }

    /** Appends {@code name} and gives its span (documents are written in the Basic Multilingual Plane). */
    private static int[] append(StringBuilder text, String name) {
        int start = text.length();
        text.append(name);
        return new int[]{start, text.length()};
    }

    private Party person(int number, List<String> given, String root, int surnameNumber) {
        List<String> surnames = new ArrayList<>();
        String demonym = null;
        String capital = capitalise(root);
        switch (surnameNumber % 3) {
            case 0 -> { // Arabic: the article written three ways, the nisba ending two
                surnames.addAll(List.of("al-" + capital + "i", "el-" + capital + "i", "Al " + capital + "i",
                        "al-" + capital + "y"));
                demonym = ARABIC_DEMONYMS[surnameNumber % ARABIC_DEMONYMS.length];
            }
            case 1 -> { // Russian: Latin and Cyrillic
                surnames.addAll(List.of(capital + "ov", cyrillic(root + "ov")));
                demonym = "Russian";
            }
            default -> surnames.addAll(List.of(capital + "ez", accented(capital) + "ez")); // Spanish: with and without accent
        }
        List<String> spellings = new ArrayList<>();
        for (String g : given) {
            for (String s : surnames) {
                spellings.add(g + " " + s);
            }
        }
        spellings.add(surnames.getFirst().toUpperCase(Locale.ROOT) + ", " + given.getFirst()); // list style
        List<String> shortForms = surnames.stream().map(s -> s.startsWith("Al ") ? s.substring(3) : s).toList();
        return new Party(number, "Person", demonym, spellings, shortForms);
    }

    private Party organisation(int number, String root) {
        String stem = capitalise(root) + "co";
        String sector = SECTORS[number % SECTORS.length];
        String[] forms = LEGAL_FORMS[(number / SECTORS.length) % LEGAL_FORMS.length];
        List<String> spellings = new ArrayList<>();
        for (String form : forms) {
            spellings.add(stem + " " + sector + " " + form);
        }
        spellings.add((stem + " " + sector).toUpperCase(Locale.ROOT) + " " + forms[0].toUpperCase(Locale.ROOT));
        return new Party(number, "Company", null, spellings, List.of(stem));
    }

    /**
     * An invented word root of two or three syllables, or null when it would be one deletion from a root already
     * taken (every root and all its one-deletion forms are kept in {@code taken}).
     */
    private String root(Set<String> taken) {
        StringBuilder r = new StringBuilder();
        int syllables = 2 + random.nextInt(2);
        for (int i = 0; i < syllables; i++) {
            r.append(ONSETS[random.nextInt(ONSETS.length)]).append(VOWELS[random.nextInt(VOWELS.length)]);
        }
        r.append(CODAS[random.nextInt(CODAS.length)]);
        String root = r.toString();
        List<String> forms = new ArrayList<>();
        forms.add(root);
        for (int i = 0; i < root.length(); i++) {
            forms.add(root.substring(0, i) + root.substring(i + 1));
        }
        for (String form : forms) {
            if (taken.contains(form)) {
                return null;
            }
        }
        taken.addAll(forms);
        return root;
    }

    private static String capitalise(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    /** The first vowel accented, as Spanish writes Gómez and reports often do not. */
    private static String accented(String s) {
        for (int i = 0; i < s.length(); i++) {
            int at = "aeiou".indexOf(s.charAt(i));
            if (at >= 0) {
                return s.substring(0, i) + "áéíóú".charAt(at) + s.substring(i + 1);
            }
        }
        return s;
    }

    /** A Latin root written in Cyrillic, letter by letter (sh and kh as one letter), capitalised. */
    private static String cyrillic(String latin) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < latin.length(); i++) {
            String two = i + 1 < latin.length() ? latin.substring(i, i + 2) : "";
            if (two.equals("sh") || two.equals("kh")) {
                out.append(two.equals("sh") ? 'ш' : 'х');
                i++;
                continue;
            }
            int at = "abdefghijklmnoprstuvz".indexOf(latin.charAt(i));
            out.append(at < 0 ? latin.charAt(i) : "абдефгхийклмнопрстувз".charAt(at));
        }
        return Character.toUpperCase(out.charAt(0)) + out.substring(1);
    }
}
