package org.sitrep.extract;

import org.sitrep.model.Span;

import java.util.List;

/**
 * One real-world thing a document mentions, with every mention of it in that document.
 *
 * @param id       document-local id ({@code e1}, {@code e2}, ...)
 * @param type     what kind of thing it is
 * @param name     the fullest or canonical name
 * @param aliases  other names the document (or the gazetteer) uses for it, without {@code name}
 * @param mentions where it is mentioned, in text order
 * @param links    entries in sanctions lists or other registers it was matched to
 * @param described whether the document only describes it ("police", "two soldiers", "the victims") and never names
 *                  it: such a party is the document's own, no name of it joins it to parties of other documents
 */
public record Entity(String id, EntityType type, String name, List<String> aliases, List<Span> mentions,
                     List<ListLink> links, boolean described) {

    public Entity {
        aliases = List.copyOf(aliases);
        mentions = List.copyOf(mentions);
        links = List.copyOf(links);
    }

    /** A named entity. */
    public Entity(String id, EntityType type, String name, List<String> aliases, List<Span> mentions,
                  List<ListLink> links) {
        this(id, type, name, aliases, mentions, links, false);
    }

    /**
     * A match of an entity to a register entry.
     *
     * @param list  the register's id, e.g. {@code us-ofac-sdn}
     * @param id    the entry's id in that register
     * @param score match confidence in [0, 1]
     */
    public record ListLink(String list, String id, double score) {
    }
}
