package org.sitrep.screen.names;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UScript;
import com.ibm.icu.text.Transliterator;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Turns names written in any script into {@link NormalizedName}s that can be compared word by word.
 *
 * <pre>{@code
 * NameNormalizer normalizer = new NameNormalizer(NameVocabulary.standard());
 * normalizer.normalize("AL-BIN'ALI, Turki").folded();   // "binali turki"
 * normalizer.normalize("البنعلي").folded();              // "bnly" (consonants only: Arabic script omits vowels)
 * }</pre>
 *
 * <p>A normalizer is immutable and may be shared between threads.
 */
public final class NameNormalizer {

    /** Shortest remainder, in letters, for a glued compound piece to be split off a word. */
    private static final int MIN_COMPOUND_BASE = 3;
    /** The most words a legal form is written in ("obshchestvo s ogranichennoi otvetstvennostyu"). */
    private static final int MAX_LEGAL_FORM_WORDS = 4;

    private final NameVocabulary vocabulary;
    private final Transliterator toLatin = Transliterator.getInstance("Any-Latin; Latin-ASCII");
    private final Transliterator hanToLatin = Transliterator.getInstance("Han-Latin; Latin-ASCII");
    /** Most names are already in Latin script; skipping script detection per character makes them much cheaper. */
    private final Transliterator latinToAscii = Transliterator.getInstance("Latin-ASCII");
    /**
     * Sanctions lists romanise Russian names much as the BGN/PCGN system does (Zh, Kh, Ts, Sh), not with the
     * diacritics of the scholarly system that Any-Latin follows and that folding to ASCII would strip (Ž to Z).
     */
    private final Transliterator cyrillicToLatin = Transliterator.getInstance("Russian-Latin/BGN; Latin-ASCII");

    public NameNormalizer(NameVocabulary vocabulary) {
        this.vocabulary = vocabulary;
    }

    /** The vocabulary this normalizer applies. */
    public NameVocabulary vocabulary() {
        return vocabulary;
    }

    /** Normalises one name; never null, possibly {@linkplain NormalizedName#isEmpty() empty}. */
    public NormalizedName normalize(String name) {
        ScriptMix scripts = ScriptMix.of(name);
        String written = scripts.abjad() ? spokenEndings(name) : uninvertedPrefix(name);
        List<String> words = scripts.han() ? hanWords(written) : fold(transliterator(scripts).transliterate(written));
        List<String> tokens = new ArrayList<>(words.size());
        for (String word : words) {
            tokens.add(vocabulary.canonicalGivenName(word));
        }
        tokens = joinCompounds(tokens);
        tokens = joinLegalForms(tokens);
        tokens = dropArticles(tokens, scripts.abjad());
        List<String> out = new ArrayList<>(tokens.size());
        for (String token : tokens) {
            String canonical = vocabulary.canonicalGivenName(foldCompound(token));
            String orgForm = vocabulary.orgForm(canonical);
            // "Siman-e Kurdistan" and "Kurdistan Cement": lists translate the common words of organisation names
            out.add(orgForm != null ? orgForm : vocabulary.orgWord(canonical));
        }
        return new NormalizedName(name, out, scripts.abjad());
    }

    /**
     * Arabic script writes two word endings with letters that names spell as a vowel: the feminine ending (ta marbuta,
     * خولة Khawla, حمزة Hamza), which ICU renders as t, and the alif maqsura (موسى Musa, عيسى Isa), which it renders as y.
     * Both become alif, so the vowelless word still fits the Latin spelling letter by letter.
     */
    private static String spokenEndings(String name) {
        StringBuilder out = new StringBuilder(name.length());
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            boolean last = i + 1 == name.length() || !Character.isLetter(name.charAt(i + 1));
            out.append(c == '\u0629' || (c == '\u0649' && last) ? '\u0627' : c);
        }
        return out.toString();
    }

    /**
     * Lists invert names around a comma ("KHATTALAH, Ahmad Abu" for Ahmad Abu Khattalah); a compound prefix left at
     * the end of the given names ("Abu", "Abdul") belongs to the family name before the comma, and is moved back in
     * front of it so that the two join as they do when written in order.
     */
    private String uninvertedPrefix(String name) {
        int comma = name.indexOf(',');
        if (comma <= 0 || name.indexOf(',', comma + 1) >= 0) {
            return name;
        }
        String given = name.substring(comma + 1).strip();
        int space = given.lastIndexOf(' ');
        String last = given.substring(space + 1);
        List<String> folded = fold(last);
        if (folded.size() != 1 || vocabulary.compoundPrefix(folded.get(0)) == null) {
            return name;
        }
        String family = name.substring(0, comma).strip();
        return (space < 0 ? "" : given.substring(0, space) + " ") + last + " " + family;
    }

    /**
     * Chinese names are written without spaces inside a name part; transliterated syllable by syllable they would
     * become one word per character. Where the writer separated the parts, each part is one word; where not, the
     * family name comes first and is (nearly always) one character, so the rest is the given name.
     */
    private List<String> hanWords(String name) {
        List<String> words = new ArrayList<>();
        String[] chunks = name.trim().split("[\\s,]+");
        for (String chunk : chunks) {
            List<String> syllables = fold(hanToLatin.transliterate(chunk));
            if (syllables.size() <= 1 || !ScriptMix.of(chunk).han()) {
                words.addAll(syllables);
            } else if (chunks.length > 1) {
                words.add(String.join("", syllables));
            } else {
                words.add(syllables.get(0));
                words.add(String.join("", syllables.subList(1, syllables.size())));
            }
        }
        return words;
    }

    /** Lower case ASCII words: apostrophes and full stops vanish (Qa'ida, S.A.), other punctuation separates. */
    static List<String> fold(String latin) {
        String lower = latin.toLowerCase(Locale.ROOT);
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        for (int i = 0; i < lower.length(); i++) {
            char c = lower.charAt(i);
            if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
                word.append(c);
            } else if (isSilent(c)) {
                continue;
            } else if (word.length() > 0) {
                words.add(word.toString());
                word.setLength(0);
            }
        }
        if (word.length() > 0) {
            words.add(word.toString());
        }
        return words;
    }

    private static boolean isSilent(char c) {
        return switch (c) {
            case '\'', '\u2019', '\u2018', '`', '\u02bf', '\u02be', '\u02bc', '.', '\u00b4' -> true;
            default -> Character.getType(c) == Character.NON_SPACING_MARK || Character.getType(c) == Character.MODIFIER_LETTER;
        };
    }

    /** "Abd al-Rahman" → abdrahman; "Bashir ud Din" → bashirdin; the glued spellings fold the same way later. */
    private List<String> joinCompounds(List<String> tokens) {
        List<String> out = new ArrayList<>(tokens.size());
        for (int i = 0; i < tokens.size(); i++) {
            String token = tokens.get(i);
            String prefix = vocabulary.compoundPrefix(token);
            if (prefix != null && i + 1 < tokens.size()) {
                int next = i + 1;
                while (next + 1 < tokens.size() && vocabulary.isArticle(tokens.get(next))) {
                    next++;
                }
                if (!vocabulary.isArticle(tokens.get(next))) {
                    out.add(prefix + tokens.get(next));
                    i = next;
                    continue;
                }
            }
            if (!out.isEmpty()) {
                String suffix = i + 1 < tokens.size() ? vocabulary.compoundSuffix(token + tokens.get(i + 1)) : null;
                if (suffix != null && vocabulary.isArticle(token)) {
                    out.set(out.size() - 1, out.get(out.size() - 1) + suffix);
                    i++;
                    continue;
                }
                String single = vocabulary.compoundSuffix(token);
                if (single != null && !vocabulary.isArticle(token)) {
                    out.set(out.size() - 1, out.get(out.size() - 1) + single);
                    continue;
                }
            }
            out.add(token);
        }
        return out;
    }

    /** Legal forms written in several words ("sociedad anonima", "obshchestvo s ogranichennoi ...") become one. */
    private List<String> joinLegalForms(List<String> tokens) {
        if (tokens.size() < 2) {
            return tokens;
        }
        List<String> out = new ArrayList<>(tokens.size());
        for (int i = 0; i < tokens.size(); i++) {
            int joined = 0;
            for (int n = Math.min(MAX_LEGAL_FORM_WORDS, tokens.size() - i); n >= 2 && joined == 0; n--) {
                // letters alone are left alone: in a person's name they are initials ("A G"), not "ag"
                List<String> pieces = tokens.subList(i, i + n);
                if (pieces.stream().anyMatch(p -> p.length() > 1) && vocabulary.orgForm(String.join("", pieces)) != null) {
                    joined = n;
                }
            }
            if (joined > 0) {
                out.add(String.join("", tokens.subList(i, i + joined)));
                i += joined - 1;
            } else {
                out.add(tokens.get(i));
            }
        }
        return out;
    }

    private List<String> dropArticles(List<String> tokens, boolean abjad) {
        List<String> out = new ArrayList<>(tokens.size());
        for (String token : tokens) {
            if (!vocabulary.isArticle(token)) {
                String without = vocabulary.withoutGluedArticle(token);
                // Arabic script always writes the article joined to its word (الحبو, alhbw), and without vowels the
                // rest is short: there the article comes off whenever two letters remain
                if (abjad && without.equals(token) && token.length() >= 4 && token.startsWith("al")) {
                    without = token.substring(2);
                }
                out.add(without);
            }
        }
        return out.isEmpty() ? tokens : out;
    }

    /** Splits a glued compound piece off a word and replaces it by its canonical form. */
    private String foldCompound(String token) {
        String folded = replaceLongest(token, vocabulary.compoundSuffixes(), false);
        return replaceLongest(folded, vocabulary.compoundPrefixes(), true);
    }

    private static String replaceLongest(String token, Map<String, String> forms, boolean atStart) {
        String bestForm = null;
        for (String form : forms.keySet()) {
            boolean fits = atStart ? token.startsWith(form) : token.endsWith(form);
            if (fits && token.length() - form.length() >= MIN_COMPOUND_BASE
                    && (bestForm == null || form.length() > bestForm.length())) {
                bestForm = form;
            }
        }
        if (bestForm == null) {
            return token;
        }
        String canonical = forms.get(bestForm);
        return atStart ? canonical + token.substring(bestForm.length())
                : token.substring(0, token.length() - bestForm.length()) + canonical;
    }

    private Transliterator transliterator(ScriptMix scripts) {
        if (scripts.latin()) {
            return latinToAscii;
        }
        return scripts.cyrillic() ? cyrillicToLatin : toLatin;
    }

    /** Which writing systems a name uses, as far as matching cares. */
    private record ScriptMix(boolean han, boolean abjad, boolean latin, boolean cyrillic) {
        static ScriptMix of(String text) {
            int hanCount = 0;
            int letters = 0;
            boolean abjad = false;
            boolean latin = true;
            boolean cyrillic = false;
            for (int i = 0; i < text.length(); ) {
                int cp = text.codePointAt(i);
                i += Character.charCount(cp);
                if (!UCharacter.isLetter(cp)) {
                    continue;
                }
                letters++;
                if (cp < 0x80) {
                    continue;
                }
                int script = UScript.getScript(cp);
                latin &= script == UScript.LATIN;
                cyrillic |= script == UScript.CYRILLIC;
                if (script == UScript.HAN) {
                    hanCount++;
                } else if (script == UScript.ARABIC || script == UScript.HEBREW || script == UScript.SYRIAC
                        || script == UScript.THAANA) {
                    abjad = true;
                }
            }
            return new ScriptMix(letters > 0 && hanCount * 2 > letters, abjad, latin, cyrillic);
        }
    }
}
