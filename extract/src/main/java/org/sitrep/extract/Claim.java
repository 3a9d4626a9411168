package org.sitrep.extract;

import org.sitrep.model.Span;

import java.util.List;

/**
 * Somebody saying something: a quote, a report attributed with "according to", an accusation or a denial.
 *
 * <p>What analysis needs of the claim's words is read here, once, with the parse: whether the claim is tentative,
 * whether its cue is negated, who its content says died, and whom a pronoun in it stands for. Each points to the
 * words that say so.
 *
 * @param id         document-local id ({@code c1}, ...)
 * @param source     the id of the entity that speaks, or null when the speaker is not a named entity
 * @param sourceText the speaker as written ("a senior Turkish official")
 * @param cue        the words that mark the claim ("said", "according to", "denied")
 * @param content    what is claimed
 * @param stance     what the speaker does with the content
 * @param about      ids of the events and relations stated inside the content
 * @param hedge      the word that makes the claim tentative ("likely", "reportedly", "may have"), or null
 * @param negation   the word that negates the cue ("could not confirm", "did not say"), or null
 * @param deaths     the entities (people) the content says died, each with the word that says so
 * @param pronoun    a pronoun in the content and the entity it stands for, or null
 */
public record Claim(String id, String source, String sourceText, Span cue, Span content, Stance stance,
                    List<String> about, Span hedge, Span negation, List<Death> deaths, Reference pronoun) {

    public Claim {
        about = List.copyOf(about);
        deaths = List.copyOf(deaths);
    }

    /** A claim whose words were not read further (no hedge, negation, deaths or pronoun). */
    public Claim(String id, String source, String sourceText, Span cue, Span content, Stance stance,
                 List<String> about) {
        this(id, source, sourceText, cue, content, stance, about, null, null, List.of(), null);
    }

    /** This claim about {@code newAbout}. */
    public Claim withAbout(List<String> newAbout) {
        return new Claim(id, source, sourceText, cue, content, stance, newAbout, hedge, negation, deaths, pronoun);
    }

    /**
     * A death the claim's content reports.
     *
     * @param entity the id of the entity that died
     * @param cue    the word that says so ("killed", "dead", "death")
     */
    public record Death(String entity, Span cue) {
    }

    /**
     * A pronoun and what it stands for, as the entity resolver decided.
     *
     * @param span   the pronoun ("he", "they")
     * @param entity the id of the entity it stands for
     */
    public record Reference(Span span, String entity) {
    }
}
