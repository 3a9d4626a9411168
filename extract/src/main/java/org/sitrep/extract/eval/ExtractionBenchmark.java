package org.sitrep.extract.eval;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.sitrep.extract.Extractor;
import org.sitrep.extract.InputDocument;
import org.sitrep.model.DocDate;

import java.io.IOException;
import java.io.Reader;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;

/**
 * Measures extraction speed on a news corpus (CSV with {@code title,text,...,date}) single-threaded, and CoreNLP's
 * default pipeline (tokenize, ssplit, pos, lemma, default NER, dependency parse of every sentence) on the same
 * texts, so that the ratio says what Sitrep's choices (three-class NER, selective parsing) buy. Peak heap is the
 * sum of the heap pools' peak usage, reset before each run.
 */
public final class ExtractionBenchmark {

    /** The figures of one pipeline over the corpus. */
    public record Run(String name, int documents, int sentences, int tokens, int parsedSentences, double seconds,
                      double cpuSeconds, long peakHeapBytes, Map<String, Double> secondsPerStep) {

        public double sentencesPerSecond() {
            return sentences / seconds;
        }

        /** Sentences per second of this thread's CPU time: the per-core rate, whatever else the machine runs. */
        public double sentencesPerCpuSecond() {
            return sentences / cpuSeconds;
        }

        public double tokensPerSecond() {
            return tokens / seconds;
        }
    }

    private final List<InputDocument> documents;

    private ExtractionBenchmark(List<InputDocument> documents) {
        this.documents = documents;
    }

    /** The first {@code limit} articles of a news CSV (all when {@code limit <= 0}). */
    public static ExtractionBenchmark fromCsv(Path csvFile, int limit) throws IOException {
        List<InputDocument> docs = new ArrayList<>();
        try (Reader r = Files.newBufferedReader(csvFile, StandardCharsets.UTF_8);
             CSVParser csv = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).build().parse(r)) {
            for (CSVRecord rec : csv) {
                if (limit > 0 && docs.size() >= limit) {
                    break;
                }
                String text = rec.isMapped("text") ? rec.get("text") : rec.get(1);
                String title = rec.isMapped("title") ? rec.get("title") : null;
                DocDate date = rec.isMapped("date") ? parseDate(rec.get("date")) : DocDate.UNKNOWN;
                docs.add(new InputDocument("news" + (docs.size() + 1), 0, title, text, date));
            }
        }
        return new ExtractionBenchmark(docs);
    }

    private static DocDate parseDate(String raw) {
        String s = raw.strip();
        for (String pattern : List.of("yyyy-MM-dd", "MMMM d, yyyy", "MMM d, yyyy", "d-MMM-yy")) {
            try {
                return DocDate.given(LocalDate.parse(s, DateTimeFormatter.ofPattern(pattern, Locale.ENGLISH)));
            } catch (DateTimeParseException e) {
                // try the next layout
            }
        }
        return DocDate.UNKNOWN;
    }

    public int size() {
        return documents.size();
    }

    /** Runs Sitrep's extractor over the corpus; the first document is run once beforehand to warm up. */
    public Run runSitrep(Extractor extractor, String name) {
        if (!documents.isEmpty()) {
            extractor.extract(documents.getFirst());
        }
        resetPeaks();
        int sentences = 0;
        int tokens = 0;
        int parsed = 0;
        Map<String, Double> steps = new LinkedHashMap<>();
        long t0 = System.nanoTime();
        long c0 = cpuNanos();
        for (InputDocument d : documents) {
            Extractor.Measured m = extractor.extractMeasured(d);
            sentences += m.sentences();
            tokens += m.tokens();
            parsed += m.parsed();
            m.nanos().forEach((step, ns) -> steps.merge(step, ns / 1e9, Double::sum));
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        double cpu = (cpuNanos() - c0) / 1e9;
        steps.replaceAll((k, v) -> Math.round(v * 100) / 100.0);
        return new Run(name, documents.size(), sentences, tokens, parsed, seconds, cpu, peakHeap(), steps);
    }

    /** Runs CoreNLP's default pipeline with dependency parsing of every sentence. */
    public Run runCoreNlpDefault() {
        // CoreNLP keeps every annotator it built in a static pool; Sitrep's models would otherwise share the heap
        // with the baseline's and make it thrash.
        StanfordCoreNLP.clearAnnotatorPool();
        Properties props = new Properties();
        props.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner,depparse");
        StanfordCoreNLP pipeline = new StanfordCoreNLP(props);
        if (!documents.isEmpty()) {
            pipeline.annotate(new Annotation(documents.getFirst().text()));
        }
        resetPeaks();
        int sentences = 0;
        int tokens = 0;
        long t0 = System.nanoTime();
        long c0 = cpuNanos();
        for (InputDocument d : documents) {
            Annotation a = new Annotation(d.text());
            pipeline.annotate(a);
            sentences += a.get(CoreAnnotations.SentencesAnnotation.class).size();
            tokens += a.get(CoreAnnotations.TokensAnnotation.class).size();
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        double cpu = (cpuNanos() - c0) / 1e9;
        return new Run("corenlp-default", documents.size(), sentences, tokens, sentences, seconds, cpu, peakHeap(),
                Map.of());
    }

    private static long cpuNanos() {
        return ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
    }

    private static void resetPeaks() {
        System.gc();
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                pool.resetPeakUsage();
            }
        }
    }

    private static long peakHeap() {
        long sum = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                sum += pool.getPeakUsage().getUsed();
            }
        }
        return sum;
    }

    /** A run read back from its {@link #figures} (times to the hundredth of a second, heap to the MiB). */
    public static Run run(Map<String, Object> figures) {
        return new Run((String) figures.get("pipeline"), number(figures, "documents").intValue(),
                number(figures, "sentences").intValue(), number(figures, "tokens").intValue(),
                number(figures, "parsed_sentences").intValue(), number(figures, "seconds").doubleValue(),
                number(figures, "cpu_seconds").doubleValue(), number(figures, "peak_heap_mib").longValue() * 1024 * 1024,
                Map.of());
    }

    private static Number number(Map<String, Object> figures, String key) {
        if (!(figures.get(key) instanceof Number n)) {
            throw new IllegalArgumentException("benchmark figures lack '" + key + "'");
        }
        return n;
    }

    /** The figures as a flat map, for printing as JSON or text. */
    public static Map<String, Object> figures(Run run) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("pipeline", run.name());
        m.put("documents", run.documents());
        m.put("sentences", run.sentences());
        m.put("tokens", run.tokens());
        m.put("parsed_sentences", run.parsedSentences());
        m.put("seconds", Math.round(run.seconds() * 100) / 100.0);
        m.put("sentences_per_second", Math.round(run.sentencesPerSecond() * 10) / 10.0);
        m.put("cpu_seconds", Math.round(run.cpuSeconds() * 100) / 100.0);
        m.put("sentences_per_cpu_second", Math.round(run.sentencesPerCpuSecond() * 10) / 10.0);
        m.put("tokens_per_second", Math.round(run.tokensPerSecond()));
        m.put("peak_heap_mib", run.peakHeapBytes() / (1024 * 1024));
        if (!run.secondsPerStep().isEmpty()) {
            m.put("seconds_per_step", run.secondsPerStep());
        }
        return m;
    }
}
