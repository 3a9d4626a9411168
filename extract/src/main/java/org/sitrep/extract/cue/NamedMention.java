package org.sitrep.extract.cue;

import edu.stanford.nlp.ling.CoreLabel;
import org.sitrep.extract.DocumentContext;
import org.sitrep.extract.Entity;
import org.sitrep.extract.EntityType;
import org.sitrep.extract.Mention;
import org.sitrep.extract.entity.EntityResolver;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A mention of an entity the knowledge base will hold (no pronouns, no nationalities), by {@code char} offsets into
 * the document's text: what cue readers look for around their cues.
 *
 * @param entity the id of the entity
 * @param place  whether it names a place rather than a party that can act
 * @param name   whether the knowledge base keeps it as a name of its entity: not a description in lower case ("the
 *               company") of a party that has a name
 * @param start  first char of the mention
 * @param end    one past its last char
 */
public record NamedMention(String entity, boolean place, boolean name, int start, int end) {

    /** The document's mentions of entities, in text order (a longer mention before one nested in it). */
    public static List<NamedMention> of(DocumentContext doc) {
        List<NamedMention> out = new ArrayList<>();
        for (Mention m : doc.mentions()) {
            String entity = doc.entityOf(m);
            if (entity == null || EntityResolver.isPronoun(m) || m.type() == EntityType.NATIONALITY) {
                continue;
            }
            List<CoreLabel> tokens = doc.tokens(m.sentence());
            Entity e = doc.entity(entity).orElse(null);
            // "the minister" resolved to a named person is a description of that person, whatever its case
            boolean name = e == null || e.described()
                    || m.kind() != Mention.Kind.DESCRIPTION && (!cased(e.name()) || cased(m.text()));
            out.add(new NamedMention(entity, m.type().isLocation(), name, tokens.get(m.tokenStart()).beginPosition(),
                    tokens.get(m.tokenEnd() - 1).endPosition()));
        }
        out.sort(Comparator.comparingInt(NamedMention::start).thenComparingInt(n -> -n.end()));
        return out;
    }

    /** The mentions lying wholly inside {@code [from, to)}, in text order. */
    public static List<NamedMention> within(List<NamedMention> named, int from, int to) {
        return named.stream().filter(n -> n.start() >= from && n.end() <= to).toList();
    }

    /** Whether the words hold a capital: names do, descriptions ("the distributor") do not. */
    private static boolean cased(String words) {
        return words.codePoints().anyMatch(cp -> Character.isUpperCase(cp) || Character.isTitleCase(cp));
    }
}
