package org.sitrep.screen.names;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * What the matcher knows about how names are built: articles, connecting particles, compound pieces, spelling
 * variants of given names and legal forms of organisations. All of it is read from tab-separated data files — the
 * project's own under {@code org/sitrep/screen/} on the class path, plus any extra files a user supplies — so that
 * knowledge can be extended without touching code.
 *
 * <p>Extra files use the same formats and are recognised by their file name: {@code given-names*.tsv},
 * {@code common-names*.tsv}, {@code articles*.tsv}, {@code particles*.tsv}, {@code titles*.tsv}, {@code compounds*.tsv},
 * {@code org-forms*.tsv}, {@code org-words*.tsv}. The system property
 * {@code sitrep.screen.data} may name extra files or folders, separated by the path separator.
 *
 * <p>A vocabulary is immutable and may be shared between threads.
 */
public final class NameVocabulary {

    /** The kinds of data file, each named after its resource. */
    private enum Kind {
        GIVEN_NAMES("given-names"), COMMON_NAMES("common-names"), ARTICLES("articles"), PARTICLES("particles"),
        TITLES("titles"), COMPOUNDS("compounds"), ORG_FORMS("org-forms"), ORG_WORDS("org-words");

        final String base;

        Kind(String base) {
            this.base = base;
        }

        static Kind ofFileName(String fileName) {
            for (Kind kind : values()) {
                if (fileName.startsWith(kind.base) && fileName.endsWith(".tsv")) {
                    return kind;
                }
            }
            return null;
        }
    }

    private final Map<String, String> givenNameCanonical = new HashMap<>();
    /** The spellings of the given-name classes alone (not of common family names or particles), for slips. */
    private final Map<String, String> givenNameSpellings = new HashMap<>();
    private GivenNameSlips slips;
    private final Set<String> commonGivenNames = new HashSet<>();
    private final Set<String> commonNames = new HashSet<>();
    private final Set<String> articles = new HashSet<>();
    private final Set<String> gluedArticles = new HashSet<>();
    private final Map<String, Double> particleWeights = new HashMap<>();
    private final Set<String> titles = new HashSet<>();
    private final Map<String, String> orgWordCanonical = new HashMap<>();
    /** Initials of canonical words whose other forms begin with other letters, own initial first (see initials). */
    private final Map<String, String> otherInitials = new HashMap<>();
    private final Map<String, String> compoundPrefixes = new HashMap<>();
    private final Map<String, String> compoundSuffixes = new HashMap<>();
    private final Set<String> kunyaPrefixes = new HashSet<>();
    private final Map<String, String> orgFormCanonical = new HashMap<>();
    private final Set<String> orgForms = new HashSet<>();

    private NameVocabulary() {
    }

    /** The project's data files plus those named by the {@code sitrep.screen.data} system property. */
    public static NameVocabulary standard() {
        List<Path> extra = new ArrayList<>();
        String property = System.getProperty("sitrep.screen.data");
        if (property != null && !property.isBlank()) {
            for (String part : property.split(java.io.File.pathSeparator)) {
                if (!part.isBlank()) {
                    extra.add(Path.of(part.trim()));
                }
            }
        }
        return withExtraFiles(extra);
    }

    /**
     * The project's data files plus {@code extra} files or folders of files (see the class description for names).
     *
     * @throws UncheckedIOException when a file cannot be read
     * @throws IllegalArgumentException when an extra file's name does not say which kind of data it holds
     */
    public static NameVocabulary withExtraFiles(List<Path> extra) {
        NameVocabulary vocabulary = new NameVocabulary();
        for (Kind kind : Kind.values()) {
            String resource = kind.base + ".tsv";
            try (InputStream in = NameVocabulary.class.getResourceAsStream("/org/sitrep/screen/" + resource)) {
                if (in == null) {
                    throw new IllegalStateException("missing data file org/sitrep/screen/" + resource);
                }
                vocabulary.load(kind, in, resource);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        for (Path path : extra) {
            for (Path file : filesUnder(path)) {
                Kind kind = Kind.ofFileName(file.getFileName().toString());
                if (kind == null) {
                    throw new IllegalArgumentException(file + ": name must start with one of given-names, common-names, articles, "
                            + "particles, titles, compounds, org-forms, org-words and end with .tsv");
                }
                try (InputStream in = Files.newInputStream(file)) {
                    vocabulary.load(kind, in, file.toString());
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }
        vocabulary.collectInitials();
        vocabulary.slips = new GivenNameSlips(vocabulary.givenNameSpellings);
        return vocabulary;
    }

    private void collectInitials() {
        // only translations: spelling variants of names and legal forms share their initials too often by chance
        orgWordCanonical.forEach((variant, canonical) -> {
            if (!variant.isEmpty() && !canonical.isEmpty() && variant.charAt(0) != canonical.charAt(0)) {
                String known = otherInitials.getOrDefault(canonical, canonical.substring(0, 1));
                if (known.indexOf(variant.charAt(0)) < 0) {
                    otherInitials.put(canonical, known + variant.charAt(0));
                }
            }
        });
    }

    private static List<Path> filesUnder(Path path) {
        if (!Files.isDirectory(path)) {
            return List.of(path);
        }
        try (var stream = Files.list(path)) {
            return stream.filter(p -> Kind.ofFileName(p.getFileName().toString()) != null).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void load(Kind kind, InputStream in, String origin) throws IOException {
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        String line;
        int number = 0;
        while ((line = reader.readLine()) != null) {
            number++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] cells = line.toLowerCase(Locale.ROOT).split("\t");
            for (int i = 0; i < cells.length; i++) {
                cells[i] = cells[i].trim();
            }
            switch (kind) {
                case GIVEN_NAMES -> {
                    for (String variant : cells) {
                        givenNameCanonical.put(variant, cells[0]);
                        givenNameSpellings.put(variant, cells[0]);
                    }
                    commonGivenNames.add(cells[0]);
                }
                case COMMON_NAMES -> {
                    commonNames.add(cells[0]);
                    for (int i = 1; i < cells.length; i++) {
                        givenNameCanonical.put(cells[i], cells[0]);
                    }
                }
                case ARTICLES -> {
                    articles.add(cells[0]);
                    if (cells.length > 1 && cells[1].equals("glued")) {
                        gluedArticles.add(cells[0]);
                    }
                }
                case PARTICLES -> {
                    particleWeights.put(cells[0], cells.length > 1 ? parseWeight(cells[1], origin, number) : 0.3);
                    if (cells.length > 2 && !cells[2].isEmpty()) {
                        // a spelling of another particle (the vowelless "bn" of Arabic script is "bin")
                        givenNameCanonical.put(cells[0], cells[2]);
                    }
                }
                case TITLES -> {
                    particleWeights.put(cells[0], cells.length > 1 ? parseWeight(cells[1], origin, number) : 0.1);
                    titles.add(cells[0]);
                }
                case ORG_WORDS -> {
                    for (String variant : cells) {
                        if (!variant.isEmpty()) {
                            orgWordCanonical.put(variant, cells[0]);
                        }
                    }
                }
                case COMPOUNDS -> {
                    if (cells.length < 3) {
                        throw new IllegalArgumentException(origin + ":" + number + ": expected kind, form, canonical");
                    }
                    String form = cells[1].replace(" ", "");
                    switch (cells[0]) {
                        case "prefix" -> compoundPrefixes.put(form, cells[2]);
                        case "suffix" -> compoundSuffixes.put(form, cells[2]);
                        case "kunya" -> kunyaPrefixes.add(cells[2]);
                        default -> throw new IllegalArgumentException(origin + ":" + number
                                + ": kind must be prefix, suffix or kunya");
                    }
                }
                case ORG_FORMS -> {
                    for (String variant : cells) {
                        orgFormCanonical.put(variant, cells[0]);
                    }
                    orgForms.add(cells[0]);
                }
            }
        }
    }

    private static double parseWeight(String cell, String origin, int line) {
        try {
            return Double.parseDouble(cell);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(origin + ":" + line + ": not a weight: " + cell, e);
        }
    }

    /** The canonical spelling of a given name ({@code mohammed} → {@code muhammad}), or the word itself. */
    public String canonicalGivenName(String word) {
        return givenNameCanonical.getOrDefault(word, word);
    }

    /**
     * Whether {@code word}, unknown to the vocabulary, is a spelling of the given name {@code canonical} typed with one
     * slip ({@code moamed} of {@code muhammad}; see {@link GivenNameSlips}). Asked when comparing words rather than
     * when normalising them, so that the typed word still compares as itself with other spellings ({@code ousman},
     * {@code ousmane}).
     */
    public boolean isSlipOf(String word, String canonical) {
        return commonGivenNames.contains(canonical) && !givenNameCanonical.containsKey(word)
                && canonical.equals(slips.classOf(word, this::isKnownWord));
    }

    /** Whether a word has a place in any of the vocabulary's tables (and so is no slip of a given name). */
    private boolean isKnownWord(String word) {
        return commonGivenNames.contains(word) || commonNames.contains(word) || articles.contains(word)
                || particleWeights.containsKey(word) || orgWordCanonical.containsKey(word)
                || orgFormCanonical.containsKey(word) || compoundPrefixes.containsKey(word)
                || compoundSuffixes.containsKey(word);
    }

    /** Whether the word is the canonical form of a widely shared given name (it identifies little on its own). */
    public boolean isCommonGivenName(String word) {
        return commonGivenNames.contains(word);
    }

    /**
     * Whether the word is widely shared: a common given name or one of the family names borne by millions
     * ({@code wang}, {@code kim}, {@code garcia}), so that it identifies little on its own.
     */
    public boolean isCommonName(String word) {
        return commonGivenNames.contains(word) || commonNames.contains(word);
    }

    /** Whether the word is a definite article such as {@code al}. */
    public boolean isArticle(String word) {
        return articles.contains(word);
    }

    /** The word without a glued article prefix ({@code alzahrani} → {@code zahrani}), or the word itself. */
    public String withoutGluedArticle(String word) {
        if (givenNameCanonical.containsKey(word) || commonGivenNames.contains(word)) {
            return word; // "Aleksandr", "Alexander": a known name that merely begins like the article
        }
        for (String article : gluedArticles) {
            if (word.length() >= article.length() + 4 && word.startsWith(article)) {
                return word.substring(article.length());
            }
        }
        return word;
    }

    /**
     * The initials a word may have been written with: its own first letter, then those of the other forms compared as
     * it ({@code army}: a, j for "jaish", e for "ejercito"). Acronyms are made from the words as written.
     */
    public String initials(String word) {
        String more = otherInitials.get(word);
        return more == null ? word.substring(0, 1) : more;
    }

    /** Whether the word is a title or honorific ({@code sheikh}, {@code general}) rather than a connecting word. */
    public boolean isTitle(String word) {
        return titles.contains(word);
    }

    /**
     * The English word an organisation-name word in another language is compared as ({@code siman} and
     * {@code ciment} → {@code cement}), or the word itself.
     */
    public String orgWord(String word) {
        return orgWordCanonical.getOrDefault(word, word);
    }

    /** The weight of a connecting particle such as {@code bin} or a title, or -1 when the word is neither. */
    public double particleWeight(String word) {
        return particleWeights.getOrDefault(word, -1.0);
    }

    /** The canonical form of a compound prefix ({@code abdul} → {@code abd}), or null. */
    public String compoundPrefix(String word) {
        return compoundPrefixes.get(word);
    }

    /** The canonical form of a compound suffix ({@code uddin} → {@code din}), or null. */
    public String compoundSuffix(String word) {
        return compoundSuffixes.get(word);
    }

    /**
     * Whether a normalised word is a kunya, a byname after a child ({@code abuhamza}, "Abu Hamza"): an alias a
     * person goes by beside the given names, not one of them.
     */
    public boolean isKunya(String word) {
        for (String prefix : kunyaPrefixes) {
            if (word.length() >= prefix.length() + 3 && word.startsWith(prefix)) {
                return true;
            }
        }
        return false;
    }

    /** Compound prefixes by form, for recognising glued forms. */
    Map<String, String> compoundPrefixes() {
        return compoundPrefixes;
    }

    /** Compound suffixes by form, for recognising glued forms. */
    Map<String, String> compoundSuffixes() {
        return compoundSuffixes;
    }

    /** The canonical compound prefixes ({@code abd}, {@code abu}), as normalised names begin with them. */
    public java.util.Set<String> canonicalCompoundPrefixes() {
        return Set.copyOf(compoundPrefixes.values());
    }

    /** The canonical compound suffixes ({@code din}, {@code allah}), as normalised names end with them. */
    public java.util.Set<String> canonicalCompoundSuffixes() {
        return Set.copyOf(compoundSuffixes.values());
    }

    /** The canonical legal form ({@code limited} → {@code ltd}), or null when the word is not one. */
    public String orgForm(String word) {
        return orgFormCanonical.get(word);
    }

    /** Whether the word is the canonical form of a legal form or generic organisation word. */
    public boolean isOrgForm(String word) {
        return orgForms.contains(word);
    }
}
