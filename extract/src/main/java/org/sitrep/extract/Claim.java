package org.sitrep.extract;

import org.sitrep.model.Span;

import java.util.List;

/**
 * Somebody saying something: a quote, a report attributed with "according to", an accusation or a denial.
 *
 * @param id         document-local id ({@code c1}, ...)
 * @param source     the id of the entity that speaks, or null when the speaker is not a named entity
 * @param sourceText the speaker as written ("a senior Turkish official")
 * @param cue        the words that mark the claim ("said", "according to", "denied")
 * @param content    what is claimed
 * @param stance     what the speaker does with the content
 * @param about      ids of the events and relations stated inside the content
 */
public record Claim(String id, String source, String sourceText, Span cue, Span content, Stance stance,
                    List<String> about) {

    public Claim {
        about = List.copyOf(about);
    }
}
