package org.sitrep.analysis.ceasefire;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;

/**
 * A document's text with the entity mentions extraction stored for it (its {@code name} statements with spans) and
 * its sentences: what cue patterns over stored text need. Offsets here are Java {@code char} indexes into
 * {@link #text()}; {@link #codePoint(int)} converts them to the code points the store uses.
 */
public final class MentionedText {

    /**
     * One mention of a knowledge-base entity.
     *
     * @param entityId the entity
     * @param schema   its FollowTheMoney schema
     * @param caption  its display name
     * @param start    first char of the mention in the text
     * @param end      one past its last char
     */
    public record Mention(String entityId, String schema, String caption, int start, int end) {

        /** Whether the entity is a place rather than a party that can act. */
        public boolean isPlace() {
            return "Address".equals(schema);
        }
    }

    private final String documentId;
    private final String text;
    private final List<Mention> mentions;
    private final TreeSet<Integer> sentenceStarts = new TreeSet<>();

    private MentionedText(String documentId, String text, List<Mention> mentions) {
        this.documentId = documentId;
        this.text = text;
        this.mentions = List.copyOf(mentions);
        BreakIterator sentences = BreakIterator.getSentenceInstance(Locale.ENGLISH);
        sentences.setText(text);
        for (int b = sentences.first(); b != BreakIterator.DONE; b = sentences.next()) {
            sentenceStarts.add(b);
        }
        for (int i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
            sentenceStarts.add(i + 1); // a line break (title, list item, paragraph) always ends a sentence
        }
    }

    /** Reads document {@code documentId} and its mentions. */
    public static MentionedText load(Connection c, String documentId) throws SQLException {
        String text = "";
        try (PreparedStatement ps = c.prepareStatement("SELECT text FROM document WHERE id = ?")) {
            ps.setString(1, documentId);
            try (ResultSet rs = ps.executeQuery()) {
                if (rs.next()) {
                    text = rs.getString(1);
                }
            }
        }
        List<Mention> found = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT s.entity_id, e.schema_name, e.caption, s.span_start,"
                + " s.span_end FROM statement s JOIN entity e ON e.id = s.entity_id WHERE s.document_id = ?"
                + " AND s.prop = 'name' AND s.span_start IS NOT NULL")) {
            ps.setString(1, documentId);
            try (ResultSet rs = ps.executeQuery()) {
                int length = text.codePointCount(0, text.length());
                while (rs.next()) {
                    int start = rs.getInt(4);
                    int end = rs.getInt(5);
                    if (start < 0 || end > length || end < start) {
                        continue;
                    }
                    int from = text.offsetByCodePoints(0, start);
                    found.add(new Mention(rs.getString(1), rs.getString(2), rs.getString(3), from,
                            text.offsetByCodePoints(from, end - start)));
                }
            }
        }
        found.sort(Comparator.comparingInt(Mention::start).thenComparingInt(m -> -m.end()));
        return new MentionedText(documentId.trim(), text, found);
    }

    public String documentId() {
        return documentId;
    }

    public String text() {
        return text;
    }

    /** Every mention, in text order. */
    public List<Mention> mentions() {
        return mentions;
    }

    /** Mentions lying wholly inside {@code [from, to)}, in text order. */
    public List<Mention> mentionsIn(int from, int to) {
        return mentions.stream().filter(m -> m.start() >= from && m.end() <= to).toList();
    }

    /** The sentence holding char {@code at}, as {@code {start, end}}, trailing white space left out. */
    public int[] sentence(int at) {
        Integer start = sentenceStarts.floor(Math.max(0, at));
        Integer next = sentenceStarts.higher(Math.max(0, at));
        int s = start == null ? 0 : start;
        int e = next == null ? text.length() : next;
        while (e > s && Character.isWhitespace(text.charAt(e - 1))) {
            e--;
        }
        return new int[] {s, e};
    }

    /** The sentences of the text, as {@code {start, end}} pairs. */
    public List<int[]> sentences() {
        List<int[]> out = new ArrayList<>();
        for (int s : sentenceStarts) {
            if (s < text.length()) {
                int[] sentence = sentence(s);
                if (sentence[1] > sentence[0]) {
                    out.add(sentence);
                }
            }
        }
        return out;
    }

    /** The code-point offset of char index {@code charIndex}. */
    public int codePoint(int charIndex) {
        return text.codePointCount(0, Math.min(charIndex, text.length()));
    }

    /** The char index of code-point offset {@code codePoint}, clamped to the text. */
    public int charIndex(int codePoint) {
        int length = text.codePointCount(0, text.length());
        return text.offsetByCodePoints(0, Math.max(0, Math.min(codePoint, length)));
    }
}
