package org.sitrep.resolve;

import com.ibm.icu.text.Transliterator;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Keys that let the same party meet across documents and lists: kind of party, then the name folded to ASCII lower
 * case, punctuation and legal forms dropped, words sorted ("HASWANI, George" and "George Haswani" share a key;
 * "HESCO ENGINEERING &amp; CONSTRUCTION CO" and "Hesco Engineering and Construction Company" too). Public so that
 * the bulk load (spark module) gives the entities it copies in the keys the knowledge base already uses.
 */
public final class NameKeys {

    private static final Set<String> PRONOUNS = Set.of("i", "me", "my", "mine", "we", "us", "our", "ours", "you",
            "your", "he", "him", "his", "she", "her", "hers", "it", "its", "they", "them", "their", "theirs");

    private final Transliterator toAscii = Transliterator.getInstance("Any-Latin; Latin-ASCII");
    private final Set<String> orgForms = new HashSet<>();

    public NameKeys() {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
                NameKeys.class.getResourceAsStream("org-forms.txt"), StandardCharsets.UTF_8))) {
            in.lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).forEach(orgForms::add);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The kind part of a key: parties of different kinds never merge. */
    public static String kind(String schema) {
        return switch (schema) {
            case "Person" -> "person";
            case "Organization", "Company", "PublicBody", "LegalEntity" -> "org";
            case "Address" -> "place";
            default -> schema.toLowerCase(Locale.ROOT);
        };
    }

    /**
     * Whether {@code name} is a description rather than a name: written in a cased script without a capital letter
     * ("civilians", "the regime", "allied militias", "his"). Descriptions refer to different parties in different
     * documents, so they never meet across documents by their words. Scripts without case (Arabic, Chinese) are names.
     */
    public static boolean isDescription(String name) {
        if (PRONOUNS.contains(name.strip().toLowerCase(Locale.ROOT))) {
            return true; // "I" is capitalised, and no more a name than "he"
        }
        boolean cased = false;
        for (int i = 0; i < name.length(); ) {
            int cp = name.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.isUpperCase(cp) || Character.isTitleCase(cp)) {
                return false;
            }
            cased |= Character.isLowerCase(cp) && Character.toUpperCase(cp) != cp;
        }
        return cased;
    }

    /** The key of {@code name} for a party of {@code schema}; empty when nothing of the name is left. */
    public String key(String schema, String name) {
        String ascii;
        synchronized (toAscii) {
            ascii = toAscii.transliterate(name);
        }
        String folded = ascii.toLowerCase(Locale.ROOT).replace("&", " and ").replaceAll("['’‘`]", "")
                .replaceAll("[^a-z0-9]+", " ").strip();
        String kind = kind(schema);
        String words = Arrays.stream(folded.split(" "))
                .filter(w -> !w.isEmpty() && !w.equals("the") && !(kind.equals("org") && orgForms.contains(w)))
                .sorted().collect(Collectors.joining(" "));
        return words.isEmpty() ? "" : kind + "|" + words;
    }
}
