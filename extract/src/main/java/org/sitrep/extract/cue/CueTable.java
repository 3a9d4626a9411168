package org.sitrep.extract.cue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Cue patterns read from a data file of {@code kind<TAB>regex} lines ({@code #} starts a comment): the phrases that
 * mark a kind of statement ("does not apply to", "violations by", "made by"), kept out of code so they can be tuned
 * on phenomena without touching it. Patterns are matched case-insensitively. Each reader of cues keeps its own table
 * beside its class; this is the one loader for all of them.
 */
public final class CueTable {

    private final Map<String, List<Pattern>> byKind = new LinkedHashMap<>();

    private CueTable(String resourceName, InputStream in) {
        if (in == null) {
            throw new IllegalStateException("cue file " + resourceName + " is missing from the classpath");
        }
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            int lineNo = 0;
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                lineNo++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                int tab = line.indexOf('\t');
                if (tab <= 0) {
                    throw new IllegalStateException(resourceName + ":" + lineNo + ": expected kind<TAB>regex");
                }
                try {
                    byKind.computeIfAbsent(line.substring(0, tab).strip(), k -> new ArrayList<>())
                            .add(Pattern.compile(line.substring(tab + 1).strip(),
                                    Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE));
                } catch (PatternSyntaxException e) {
                    throw new IllegalStateException(resourceName + ":" + lineNo + ": bad pattern: " + e.getMessage(), e);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The cue table {@code name} shipped beside class {@code owner} on the classpath. */
    public static CueTable load(Class<?> owner, String name) {
        return new CueTable(owner.getPackageName().replace('.', '/') + "/" + name, owner.getResourceAsStream(name));
    }

    /** The patterns of {@code kind}; empty when the file has none. */
    public List<Pattern> of(String kind) {
        return byKind.getOrDefault(kind, List.of());
    }

    /** Whether any pattern of {@code kind} occurs in {@code text}. */
    public boolean any(String kind, CharSequence text) {
        return first(kind, text) != null;
    }

    /** The earliest match of any pattern of {@code kind} in {@code text}, or null. */
    public MatchResult first(String kind, CharSequence text) {
        MatchResult best = null;
        for (Pattern p : of(kind)) {
            Matcher m = p.matcher(text);
            if (m.find() && (best == null || m.start() < best.start())) {
                best = m.toMatchResult();
            }
        }
        return best;
    }

    /** Every match of every pattern of {@code kind} in {@code text}, in text order. */
    public List<MatchResult> all(String kind, CharSequence text) {
        List<MatchResult> out = new ArrayList<>();
        for (Pattern p : of(kind)) {
            Matcher m = p.matcher(text);
            while (m.find()) {
                out.add(m.toMatchResult());
            }
        }
        out.sort((a, b) -> Integer.compare(a.start(), b.start()));
        return out;
    }
}
