package org.sitrep.extract;

import org.sitrep.model.DocDate;
import org.sitrep.model.Span;

import java.util.List;

/**
 * Everything extracted from one document. All spans are code-point offsets into the document's own text.
 *
 * @param id        the document's id
 * @param offset    where the document starts in the input it came from (code points); 0 unless split out of a compilation
 * @param title     the document's title, or null
 * @param date      the document's date, which anchors relative dates in the text
 * @param entities  entities, numbered in order of first mention
 * @param events    events, in text order
 * @param relations relations, in text order
 * @param claims    claims, in text order
 * @param hedges    the words that make what their sentence says tentative ("likely", "reportedly"), in text order;
 *                  any fact whose evidence holds one is hedged
 * @param truce     what it says of a truce: violation counts, who gives them, the parties of an agreement
 * @param supply    what it says of items passed from hand to hand: the sentences that tell a supply chain
 */
public record DocumentExtraction(String id, int offset, String title, DocDate date, List<Entity> entities,
                                 List<Event> events, List<Relation> relations, List<Claim> claims,
                                 List<Span> hedges, TruceReading truce, SupplyReading supply) {

    public DocumentExtraction {
        entities = List.copyOf(entities);
        events = List.copyOf(events);
        relations = List.copyOf(relations);
        claims = List.copyOf(claims);
        hedges = List.copyOf(hedges);
        truce = truce == null ? TruceReading.NONE : truce;
        supply = supply == null ? SupplyReading.NONE : supply;
    }

    /** An extraction that read nothing of supply chains. */
    public DocumentExtraction(String id, int offset, String title, DocDate date, List<Entity> entities,
                              List<Event> events, List<Relation> relations, List<Claim> claims, List<Span> hedges,
                              TruceReading truce) {
        this(id, offset, title, date, entities, events, relations, claims, hedges, truce, SupplyReading.NONE);
    }

    /** An extraction that read nothing of a truce. */
    public DocumentExtraction(String id, int offset, String title, DocDate date, List<Entity> entities,
                              List<Event> events, List<Relation> relations, List<Claim> claims, List<Span> hedges) {
        this(id, offset, title, date, entities, events, relations, claims, hedges, TruceReading.NONE, SupplyReading.NONE);
    }

    /** An extraction without hedges. */
    public DocumentExtraction(String id, int offset, String title, DocDate date, List<Entity> entities,
                              List<Event> events, List<Relation> relations, List<Claim> claims) {
        this(id, offset, title, date, entities, events, relations, claims, List.of(), TruceReading.NONE,
                SupplyReading.NONE);
    }
}
