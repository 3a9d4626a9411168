package org.sitrep.extract.entity;

import edu.stanford.nlp.ling.CoreLabel;
import org.sitrep.extract.DocumentContext;
import org.sitrep.extract.Entity;
import org.sitrep.extract.EntityType;
import org.sitrep.extract.ExtractionStage;
import org.sitrep.extract.Mention;
import org.sitrep.model.Span;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Groups a document's mentions into entities, one per real-world thing: names the gazetteer knows by their
 * canonical name, a surname with the full name it belongs to ("Haswani" with "George Haswani"), an acronym with
 * the name it abbreviates ("High Negotiations Committee (HNC)" then "HNC"), and otherwise equal names.
 *
 * <p>A description ("police", "two policemen", "the victims") is an entity of its own: two equal descriptions in a
 * document may be different people ("a soldier" here, "a soldier" there), so only a pronoun may join one. A
 * description that starts with a name ("Taliban gunmen") is a mention of the named entity, which it does not rename.
 */
public final class EntityResolver implements ExtractionStage {

    private static final Pattern PARENTHESISED = Pattern.compile("^\\s*\\(\\s*([^()]{2,12}?)\\s*\\)");
    private static final Set<String> NAME_PARTICLES = Set.of("al", "el", "bin", "ibn", "abu", "abd", "de", "van",
            "von", "der", "the", "of", "and", "for");
    /** "the minister", "the armed group": a definite role noun, with at most one lower-case word before it. */
    private static final Pattern DEFINITE_ROLE = Pattern.compile("^(?:[Tt]he|[Tt]his) (?:[a-z-]+ )?([a-z]+)$");

    private final WordTable<Set<EntityType>> roleNouns = new WordTable<>("anaphoric-nouns.tsv",
            EntityResolver::types);

    private static final class Group {
        EntityType type;
        String canonical;
        final List<Mention> mentions = new ArrayList<>();
        final Set<String> acronyms = new LinkedHashSet<>();
        /** Whether the group is one description, which no name joins. */
        boolean described;

        String longestText() {
            String best = null;
            for (Mention m : mentions) {
                // a description joined to a name ("the minister") never names it
                boolean naming = described ? m.kind() != Mention.Kind.NAMED_DESCRIPTION
                        : m.kind() == Mention.Kind.NAME && !isPronoun(m);
                if (naming && (best == null || m.text().length() > best.length())) {
                    best = m.text();
                }
            }
            return best != null ? best : mentions.getFirst().text();
        }
    }

    @Override
    public void process(DocumentContext doc) {
        List<Group> groups = new ArrayList<>();
        Map<String, Group> byKey = new LinkedHashMap<>();
        List<Mention> pronouns = new ArrayList<>();
        List<Mention> namedDescriptions = new ArrayList<>();
        Map<Mention, Group> roles = new LinkedHashMap<>();
        for (Mention m : doc.mentions()) {
            if (isPronoun(m)) {
                pronouns.add(m);
                continue;
            }
            if (m.kind() == Mention.Kind.NAMED_DESCRIPTION) {
                namedDescriptions.add(m);
                continue;
            }
            if (m.isDescription()) {
                Group g = new Group();
                g.type = m.type();
                g.described = true;
                g.mentions.add(m);
                groups.add(g);
                if (m.kind() == Mention.Kind.DESCRIPTION && DEFINITE_ROLE.matcher(m.text()).matches()) {
                    roles.put(m, g);
                }
                continue;
            }
            Group g = findGroup(m, groups, byKey);
            if (g == null) {
                g = new Group();
                g.type = m.type();
                g.canonical = m.canonical();
                groups.add(g);
            } else if (g.canonical == null && m.canonical() != null) {
                g.canonical = m.canonical();
                g.type = m.type();
            }
            g.mentions.add(m);
            byKey.putIfAbsent(key(m), g);
            String acronym = acronymAfter(doc, m);
            if (acronym != null) {
                g.acronyms.add(acronym);
                byKey.putIfAbsent(acronym.toLowerCase(Locale.ROOT), g);
            }
        }
        // "Taliban gunmen" mentions the Taliban: it joins the group of the name it starts with.
        for (Mention m : namedDescriptions) {
            Group named = null;
            for (Group g : groups) {
                if (!g.described && g.mentions.stream().anyMatch(n -> n.sentence() == m.sentence()
                        && n.tokenStart() == m.tokenStart() && n.tokenEnd() < m.tokenEnd())) {
                    named = g;
                }
            }
            if (named != null) {
                named.mentions.add(m);
            } else {
                doc.mentions().remove(m);
            }
        }
        mergeShortNames(groups);
        // After the merges, so that "Mr. Haswani" already counts as the person George Haswani.
        List<Mention> unresolved = new ArrayList<>();
        for (Mention p : pronouns) {
            Group antecedent = antecedent(p, groups);
            if (antecedent == null) {
                unresolved.add(p);
            } else {
                antecedent.mentions.add(p);
            }
        }
        doc.mentions().removeAll(unresolved);
        roles.forEach((m, own) -> {
            Group named = roleHolder(doc, m, groups);
            if (named != null) {
                named.mentions.addAll(own.mentions); // with any pronoun already resolved to the role
                groups.remove(own);
            }
        });
        for (Group g : groups) {
            g.mentions.sort(java.util.Comparator.comparingInt((Mention m) -> m.span().start()));
        }
        int n = 0;
        for (Group g : groups) {
            String id = "e" + (++n);
            String name = g.canonical != null ? g.canonical : g.longestText();
            Set<String> aliases = new LinkedHashSet<>();
            List<Span> spans = new ArrayList<>();
            for (Mention m : g.mentions) {
                doc.assign(m, id);
                spans.add(m.span());
                if (!m.text().equals(name) && !isPronoun(m) && m.kind() == Mention.Kind.NAME) {
                    aliases.add(m.text()); // "Taliban gunmen" is no other name of the Taliban
                }
            }
            doc.entities().add(new Entity(id, g.type, name, List.copyOf(aliases), spans, List.of(), g.described));
        }
    }

    /** Sentences back a pronoun's antecedent may be. */
    private static final int ANTECEDENT_SENTENCES = 2;

    /**
     * "We", "us", "our" in a statement speak for the institution behind it, often named only near the start: they may
     * reach back past {@value #ANTECEDENT_SENTENCES} sentences.
     */
    private static boolean speaksForAnInstitution(Mention pronoun) {
        return Set.of("we", "us", "our").contains(pronoun.text().toLowerCase(Locale.ROOT));
    }

    /** Whether {@code m} is a pronoun ("he", "they"), which stands for the entity this resolver joined it to. */
    public static boolean isPronoun(Mention m) {
        return m.canonical() == null && m.tokenEnd() - m.tokenStart() == 1
                && MentionFinder.PRONOUNS.containsKey(m.text().toLowerCase(Locale.ROOT));
    }

    /**
     * Who a pronoun stands for: the person ("I", "he") or the group or state ("we", "they") named last before it,
     * at most {@value #ANTECEDENT_SENTENCES} sentences back; none when nobody fits.
     */
    private static Group antecedent(Mention pronoun, List<Group> groups) {
        Group best = null;
        int bestEnd = -1;
        for (Group g : groups) {
            boolean fits = pronoun.type() == EntityType.PERSON ? g.type == EntityType.PERSON
                    : g.type.isActor() && g.type != EntityType.PERSON;
            if (!fits) {
                continue;
            }
            for (Mention m : g.mentions) {
                if (!isPronoun(m) && m.span().end() <= pronoun.span().start() && m.span().end() > bestEnd
                        && (pronoun.sentence() - m.sentence() <= ANTECEDENT_SENTENCES || speaksForAnInstitution(pronoun))) {
                    best = g;
                    bestEnd = m.span().end();
                }
            }
        }
        return best;
    }

    /**
     * Whom "the minister" or "the group" stands for: the party of a type its noun fits, named last before it and at
     * most {@value #ANTECEDENT_SENTENCES} sentences back ("Ali Haidar ... the minister said"); none when nobody fits.
     * An office names a person only if the text gave that person the office ("Foreign Minister Ali Haidar", "Ali
     * Haidar, the minister"): "the president" after a campaign aide is somebody else.
     */
    private Group roleHolder(DocumentContext doc, Mention role, List<Group> groups) {
        Matcher rm = DEFINITE_ROLE.matcher(role.text());
        Set<EntityType> fits = rm.matches() ? roleNouns.get(rm.group(1)).orElse(Set.of()) : Set.of();
        String office = rm.matches() ? rm.group(1).toLowerCase(Locale.ROOT) : "";
        Group best = null;
        int bestEnd = -1;
        for (Group g : groups) {
            if (g.described || !fits.contains(g.type)
                    || g.type == EntityType.PERSON && g.mentions.stream().noneMatch(m -> holdsOffice(doc, m, office))) {
                continue;
            }
            for (Mention m : g.mentions) {
                if (m.kind() == Mention.Kind.NAME && !isPronoun(m) && m.span().end() <= role.span().start()
                        && m.span().end() > bestEnd && role.sentence() - m.sentence() <= ANTECEDENT_SENTENCES) {
                    best = g;
                    bestEnd = m.span().end();
                }
            }
        }
        return best;
    }

    /** Whether the office word stands as a title just before the name or in an apposition just after it. */
    private static boolean holdsOffice(DocumentContext doc, Mention m, String office) {
        List<CoreLabel> tokens = doc.tokens(m.sentence());
        int from = Math.max(0, m.tokenStart() - 3);
        int to = Math.min(tokens.size(), m.tokenEnd() + 6);
        for (int i = from; i < to; i++) {
            if (i >= m.tokenStart() && i < m.tokenEnd()) {
                continue;
            }
            if (tokens.get(i).word().toLowerCase(Locale.ROOT).equals(office)) {
                return true;
            }
        }
        return false;
    }

    private static Set<EntityType> types(String labels) {
        Set<EntityType> types = new LinkedHashSet<>();
        for (String label : labels.split(",")) {
            EntityType type = EntityType.fromLabel(label.strip()).orElse(null);
            if (type == null) {
                return null;
            }
            types.add(type);
        }
        return Set.copyOf(types);
    }

    /**
     * "Hesco's office" before "Hesco Engineering and Construction Company", or "Haswani" (which the tagger took for
     * an organisation) after "George Haswani": a one-word name joins the longer name it starts or ends.
     */
    private static void mergeShortNames(List<Group> groups) {
        for (Iterator<Group> it = groups.iterator(); it.hasNext(); ) {
            Group g = it.next();
            String word = g.longestText();
            if (g.described || g.canonical != null || word.contains(" ") || g.type.isLocation()
                    || g.type == EntityType.NATIONALITY) {
                continue;
            }
            for (Group h : groups) {
                if (h == g || h.described || h.canonical != null && h.type != EntityType.COMPANY) {
                    continue;
                }
                String longer = h.longestText();
                boolean business = h.type == EntityType.COMPANY && longer.startsWith(word + " ");
                boolean surname = h.type == EntityType.PERSON && g.type != EntityType.PERSON && longer.endsWith(" " + word);
                if (business || surname) {
                    h.mentions.addAll(g.mentions);
                    h.mentions.sort(java.util.Comparator.comparingInt((Mention m) -> m.span().start()));
                    it.remove();
                    break;
                }
            }
        }
    }

    private static String key(Mention m) {
        if (m.canonical() != null) {
            return "gaz:" + m.canonical();
        }
        return m.text().toLowerCase(Locale.ROOT).replaceFirst("^the ", "");
    }

    private static Group findGroup(Mention m, List<Group> groups, Map<String, Group> byKey) {
        Group same = byKey.get(key(m));
        if (same != null) {
            return same;
        }
        if (m.canonical() == null) {
            Group acronymOf = byKey.get(m.text().toLowerCase(Locale.ROOT));
            if (acronymOf != null) {
                return acronymOf;
            }
        }
        if (m.type() == EntityType.PERSON) {
            return personWithSameNameParts(m, groups);
        }
        if (m.canonical() == null && !m.type().isLocation()) {
            // "Hesco" after "Hesco Engineering and Construction Company": the first word of a business's name.
            for (int i = groups.size() - 1; i >= 0; i--) {
                Group g = groups.get(i);
                if (!g.described && (g.type == EntityType.COMPANY || g.type == EntityType.ORGANIZATION) && g.canonical == null
                        && g.longestText().startsWith(m.text() + " ") && !m.text().contains(" ")) {
                    return g;
                }
            }
        }
        if (m.canonical() == null && isAcronym(m.text())) {
            for (Group g : groups) {
                if (!g.described && g.type != EntityType.PERSON && initials(g.longestText()).equals(m.text().replace(".", ""))) {
                    return g;
                }
            }
        }
        return null;
    }

    /**
     * "Haswani" joins "George Haswani"; "George Haswani" joins an earlier "Haswani"; "Antonio Roldan" joins "Antonio
     * Roldan Betancur".
     */
    private static Group personWithSameNameParts(Mention m, List<Group> groups) {
        List<String> parts = nameParts(m.text());
        if (parts.isEmpty()) {
            return null;
        }
        for (int i = groups.size() - 1; i >= 0; i--) {
            Group g = groups.get(i);
            if (g.described || g.type != EntityType.PERSON) {
                continue;
            }
            List<String> other = nameParts(g.longestText());
            if (other.isEmpty()) {
                continue;
            }
            boolean shorterInLonger = parts.size() <= other.size() ? other.containsAll(parts) : parts.containsAll(other);
            boolean sameSurname = parts.getLast().equals(other.getLast());
            // "Antonio Roldan" for "Antonio Roldan Betancur": a second surname is often left out after first use
            boolean leadingParts = Math.min(parts.size(), other.size()) >= 2 && (parts.size() <= other.size()
                    ? other.subList(0, parts.size()).equals(parts) : parts.subList(0, other.size()).equals(other));
            if (shorterInLonger && (sameSurname || leadingParts || Math.min(parts.size(), other.size()) == 1)) {
                return g;
            }
        }
        return null;
    }

    private static List<String> nameParts(String name) {
        return Arrays.stream(name.toLowerCase(Locale.ROOT).split("[\\s-]+"))
                .map(p -> p.replaceAll("[^\\p{L}\\p{N}]", ""))
                .filter(p -> !p.isEmpty() && !NAME_PARTICLES.contains(p))
                .toList();
    }

    /** The acronym in brackets right after a mention, when its letters are the name's initials. */
    private static String acronymAfter(DocumentContext doc, Mention m) {
        String text = doc.text();
        int after = text.offsetByCodePoints(0, m.span().end());
        Matcher am = PARENTHESISED.matcher(text.substring(after, Math.min(text.length(), after + 20)));
        if (!am.find()) {
            return null;
        }
        String candidate = am.group(1);
        if (!isAcronym(candidate)) {
            return null;
        }
        String letters = candidate.replace(".", "").replace("-", "");
        String initials = initials(m.text());
        String initialsAll = initialsOfAllWords(m.text());
        return letters.equals(initials) || letters.equals(initialsAll) || initialsAll.startsWith(letters)
                && letters.length() >= 2 ? candidate : null;
    }

    static boolean isAcronym(String s) {
        String letters = s.replace(".", "").replace("-", "");
        if (letters.length() < 2 || letters.length() > 8) {
            return false;
        }
        int upper = 0;
        for (char c : letters.toCharArray()) {
            if (Character.isUpperCase(c)) {
                upper++;
            } else if (!Character.isLowerCase(c)) {
                return false;
            }
        }
        return upper >= 2 && upper >= letters.length() - 1;
    }

    /** Initials of the capitalised words: "High Negotiations Committee" gives "HNC". */
    static String initials(String name) {
        StringBuilder sb = new StringBuilder();
        for (String w : name.split("[\\s-]+")) {
            if (!w.isEmpty() && Character.isUpperCase(w.charAt(0))) {
                sb.append(w.charAt(0));
            }
        }
        return sb.toString();
    }

    private static String initialsOfAllWords(String name) {
        StringBuilder sb = new StringBuilder();
        for (String w : name.split("[\\s-]+")) {
            if (!w.isEmpty() && Character.isLetter(w.charAt(0))) {
                sb.append(Character.toUpperCase(w.charAt(0)));
            }
        }
        return sb.toString();
    }
}
