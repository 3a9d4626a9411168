package org.sitrep.extract.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.parser.nndep.DependencyParser;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.pipeline.TokensRegexNERAnnotator;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.semgraph.SemanticGraphFactory;
import edu.stanford.nlp.time.TimeAnnotations;
import edu.stanford.nlp.time.TimeAnnotator;
import edu.stanford.nlp.trees.GrammaticalStructure;
import edu.stanford.nlp.util.CoreMap;
import org.sitrep.extract.gazetteer.GazetteerEntry;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Sitrep's configuration of Stanford CoreNLP, loaded once and shared by every document an extractor reads.
 *
 * <p>The cheap steps (tokens, sentences, parts of speech, lemmas, the three-class CRF tagger, and the gazetteer as a
 * RegexNER pass) run on every sentence; SUTime and the dependency parser run only on the sentences a caller selects,
 * because they are the most expensive steps and most sentences carry nothing that needs them. The three-class model
 * is used instead of CoreNLP's default fine-grained tagging, which is several times slower and whose extra classes
 * the gazetteer covers for the domain.
 *
 * <p>Instances are thread-safe for annotation, as CoreNLP's annotators are.
 */
public final class NlpPipeline {

    /** The label RegexNER gives gazetteer matches: {@code GAZ_} followed by the entity type's contract label. */
    public static final String GAZETTEER_LABEL_PREFIX = "GAZ_";

    private static final String DEPENDENCY_MODEL = "edu/stanford/nlp/models/parser/nndep/english_UD.gz";
    private static final String THREE_CLASS_MODEL = "edu/stanford/nlp/models/ner/english.all.3class.distsim.crf.ser.gz";
    /** CRF classes a gazetteer match may replace: the gazetteer knows the domain's names better. */
    private static final String OVERWRITABLE = "O,PERSON,ORGANIZATION,LOCATION,MISC";
    /** The annotator name of the pass over names matched in any case. */
    private static final String KNOWN_NAMES = "knownnames";

    private final StanfordCoreNLP tagging;
    private final DependencyParser parser;
    private final TimeAnnotator dates;

    /** Loads the models; takes seconds, so build one per process and share it. */
    public NlpPipeline(List<GazetteerEntry> gazetteer) {
        this(gazetteer, List.of());
    }

    /**
     * As {@link #NlpPipeline(List)}, with more names matched in any letter case ({@code anyCase}): sanctions lists
     * write "AL-BAGHDADI" where reporting writes "al-Baghdadi".
     */
    public NlpPipeline(List<GazetteerEntry> gazetteer, List<GazetteerEntry> anyCase) {
        Properties tokenizeOnly = baseProperties();
        tokenizeOnly.setProperty("annotators", "tokenize");
        StanfordCoreNLP tokenizer = new StanfordCoreNLP(tokenizeOnly);
        List<Path> mappings = new ArrayList<>();
        mappings.add(writeRegexnerMapping(gazetteer, OVERWRITABLE, tokenizer));

        Properties props = baseProperties();
        props.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner,regexner");
        props.setProperty("ner.model", THREE_CLASS_MODEL);
        props.setProperty("ner.applyFineGrained", "false");
        props.setProperty("ner.buildEntityMentions", "false");
        // SUTime costs several times the CRF; it runs later, only on sentences that carry events (see resolveDates).
        props.setProperty("ner.useSUTime", "false");
        props.setProperty("ner.applyNumericClassifiers", "false");
        props.setProperty("regexner.mapping", mappings.get(0).toString());
        props.setProperty("regexner.ignorecase", "false");
        props.setProperty("regexner.backgroundSymbol", OVERWRITABLE);
        if (!anyCase.isEmpty()) {
            // A second RegexNER pass, after the gazetteer's, that only names what the CRF left unnamed or named with
            // the same bounds: a listed "Omar AL-SHISHANI" must not cut "Abu Omar al-Shishani" in two.
            mappings.add(writeRegexnerMapping(anyCase, "PERSON,ORGANIZATION,LOCATION", tokenizer));
            props.setProperty("annotators", props.getProperty("annotators") + "," + KNOWN_NAMES);
            props.setProperty("customAnnotatorClass." + KNOWN_NAMES, TokensRegexNERAnnotator.class.getName());
            props.setProperty(KNOWN_NAMES + ".mapping", mappings.get(1).toString());
            props.setProperty(KNOWN_NAMES + ".ignorecase", "true");
            props.setProperty(KNOWN_NAMES + ".backgroundSymbol", "O,MISC");
        }
        this.tagging = new StanfordCoreNLP(props);
        for (Path file : mappings) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                file.toFile().deleteOnExit();
            }
        }
        Properties time = new Properties();
        time.setProperty("sutime.includeRange", "false");
        this.dates = new TimeAnnotator("sutime", time);

        this.parser = DependencyParser.loadFromModelFile(DEPENDENCY_MODEL, parserProperties());
    }

    /**
     * The parser keeps the hidden-layer products of the model's 100,000 most frequent features ready (CoreNLP's
     * default is 20,000): about 130 MB more heap for a parse a fifth cheaper on news text, where most sentences
     * that reach the parser carry a claim or an event.
     */
    private static Properties parserProperties() {
        Properties p = new Properties();
        p.setProperty("numPreComputed", "100000");
        return p;
    }

    private static Properties baseProperties() {
        Properties p = new Properties();
        p.setProperty("tokenize.language", "en");
        // Blank lines end sentences: headlines and list items have no final full stop.
        p.setProperty("ssplit.newlineIsSentenceBreak", "two");
        return p;
    }

    /** Tags {@code text}; {@code docDate} (may be null) anchors relative dates such as "on Sunday". */
    public Annotation tag(String text, LocalDate docDate) {
        Annotation annotation = new Annotation(text);
        if (docDate != null) {
            annotation.set(CoreAnnotations.DocDateAnnotation.class, docDate.toString());
        }
        tagging.annotate(annotation);
        return annotation;
    }

    /**
     * Adds basic dependency parses to {@code sentences} only, in place. The parser is called directly rather than
     * through CoreNLP's {@code depparse} annotator, which also derives four enhanced graphs per sentence that Sitrep
     * never reads.
     */
    public void parse(List<CoreMap> sentences) {
        for (CoreMap sentence : sentences) {
            GrammaticalStructure structure = parser.predict(sentence);
            sentence.set(SemanticGraphCoreAnnotations.BasicDependenciesAnnotation.class,
                    SemanticGraphFactory.makeFromTree(structure, SemanticGraphFactory.Mode.BASIC,
                            GrammaticalStructure.Extras.NONE, null));
        }
    }

    /**
     * Finds and resolves time expressions in {@code sentences} only, anchored on {@code docDate} (may be null); each
     * sentence gets its {@link TimeAnnotations.TimexAnnotations}.
     */
    public void resolveDates(List<CoreMap> sentences, LocalDate docDate) {
        if (sentences.isEmpty()) {
            return;
        }
        Annotation subset = new Annotation("");
        subset.set(CoreAnnotations.SentencesAnnotation.class, new ArrayList<>(sentences));
        if (docDate != null) {
            subset.set(CoreAnnotations.DocDateAnnotation.class, docDate.toString());
        }
        dates.annotate(subset);
    }

    /**
     * Writes the gazetteer as a RegexNER mapping: one line per name, its tokens (as CoreNLP's tokenizer splits
     * them) as a TokensRegex sequence of string literals, so that a name matches exactly the token sequence it
     * becomes in text. Literals, unlike quoted regular expressions, let TokensRegex index the names by their first
     * word instead of trying every name's pattern at every token, which made tagging several times slower.
     */
    private static Path writeRegexnerMapping(List<GazetteerEntry> gazetteer, String overwritable,
                                             StanfordCoreNLP tokenizer) {
        try {
            Path file = Files.createTempFile("sitrep-gazetteer", ".tsv");
            Set<String> seen = new LinkedHashSet<>();
            try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                for (GazetteerEntry entry : gazetteer) {
                    for (String name : entry.allNames()) {
                        List<String> words = words(name, tokenizer);
                        String pattern = words.stream().map(NlpPipeline::stringLiteral)
                                .collect(Collectors.joining(" ", "( ", " )"));
                        if (words.isEmpty() || !seen.add(pattern)) {
                            continue;
                        }
                        w.write(pattern + "\t" + GAZETTEER_LABEL_PREFIX + entry.type().label() + "\t" + overwritable
                                + "\t" + priority(words) + "\n");
                    }
                }
            }
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the gazetteer for the tagger", e);
        }
    }

    /**
     * Longer names win ("Syrian Democratic Forces" over "Syrian"). Between two overlapping names of the same length,
     * one led by an article loses, as English names end in their head: "the Islamic State group" is the group.
     */
    private static double priority(List<String> words) {
        return words.size() - (words.get(0).equalsIgnoreCase("the") ? 0.5 : 0);
    }

    /**
     * The tokens of {@code name} where it stands inside a sentence. Alone, the tokenizer would take a final full stop
     * as the sentence's end and split "Ltd." into "Ltd" and "."; a word after it keeps the stop on the abbreviation.
     */
    private static List<String> words(String name, StanfordCoreNLP tokenizer) {
        Annotation a = new Annotation(name + " and");
        tokenizer.annotate(a);
        List<CoreLabel> tokens = a.get(CoreAnnotations.TokensAnnotation.class);
        return tokens.subList(0, tokens.size() - 1).stream().map(CoreLabel::word).toList();
    }

    /**
     * A TokensRegex pattern matching exactly {@code word}, whatever characters it holds (list names are input). A
     * string literal where it is safe: TokensRegex's lexer reads only {@code \"} as an escape inside one, so a
     * backslash can be neither written nor escaped there ({@code "a\\"} does not even parse). Any other word becomes a
     * regular expression in which every character but an ASCII letter or digit is written as its code point
     * ({@code \x{5C}}): no metacharacter, slash or quote is left for either parser to read.
     */
    static String stringLiteral(String word) {
        if (word.chars().allMatch(NlpPipeline::plainInLiteral)) {
            return '"' + word + '"';
        }
        StringBuilder regex = new StringBuilder("/");
        word.codePoints().forEach(cp -> {
            if (cp < 128 && Character.isLetterOrDigit(cp)) {
                regex.appendCodePoint(cp);
            } else {
                regex.append("\\x{").append(Integer.toHexString(cp)).append('}');
            }
        });
        return regex.append('/').toString();
    }

    /** Whether {@code c} may stand as itself in a TokensRegex string literal and a tab-separated mapping line. */
    private static boolean plainInLiteral(int c) {
        return c != '\\' && c != '"' && !Character.isISOControl(c) && !Character.isWhitespace(c)
                && Character.getType(c) != Character.FORMAT;
    }
}
