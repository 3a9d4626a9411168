package org.sitrep.extract.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.sitrep.extract.Claim;
import org.sitrep.extract.DocumentExtraction;
import org.sitrep.extract.Entity;
import org.sitrep.extract.Event;
import org.sitrep.extract.Fatalities;
import org.sitrep.extract.Location;
import org.sitrep.extract.Relation;
import org.sitrep.extract.SupplyReading;
import org.sitrep.extract.TruceReading;
import org.sitrep.model.DocDate;
import org.sitrep.model.Span;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Writes extractions in the shape of the {@code sitrep extract} contract (docs: interfaces, section 1). Field names
 * are spelled out here rather than derived from the records so that renaming a Java field cannot change the contract.
 */
public final class ExtractionJson {

    private final ObjectMapper mapper = new ObjectMapper();

    /** One JSON line (no newline) for one document. */
    public String line(DocumentExtraction x) {
        return line(x, null);
    }

    /**
     * One JSON line for a document extracted from a masked form of {@code source} (an HTML page with its markup
     * blanked, see {@code HtmlText}): span texts are read from {@code source}, which has the document's code points at
     * the same offsets, so that every span shows the input exactly as given.
     */
    public String line(DocumentExtraction x, String source) {
        try {
            return mapper.writeValueAsString(tree(x, source));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write extraction of " + x.id(), e);
        }
    }

    /**
     * Writes the same JSON as {@link #line(DocumentExtraction, String)} (no newline) to {@code out}, one entity, event,
     * relation or claim at a time: the extraction of a huge document (one read in windows) has hundreds of thousands
     * of them, and its whole tree and string at once would take several times the memory the extraction itself does.
     * Leaves {@code out} open.
     */
    public void write(DocumentExtraction x, String source, Writer out) {
        SpanText spans = new SpanText(source);
        try (JsonGenerator g = mapper.getFactory().createGenerator(out)
                .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET)) {
            g.writeStartObject();
            ObjectNode head = mapper.createObjectNode();
            head.put("id", x.id());
            head.put("offset", x.offset());
            head.put("title", x.title());
            head.set("date", date(x.date()));
            for (Iterator<Map.Entry<String, JsonNode>> it = head.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> field = it.next();
                g.writeFieldName(field.getKey());
                mapper.writeTree(g, field.getValue());
            }
            // The same fields in the same order as tree(), each item written as soon as it is built.
            writeArray(g, "entities", x.entities(), e -> entity(e, spans));
            writeArray(g, "events", x.events(), v -> event(v, spans));
            writeArray(g, "relations", x.relations(), r -> relation(r, spans));
            writeArray(g, "claims", x.claims(), c -> claim(c, spans));
            writeArray(g, "hedges", x.hedges(), h -> span(h, spans));
            g.writeFieldName("truce");
            mapper.writeTree(g, truce(x.truce(), spans));
            g.writeFieldName("supply");
            mapper.writeTree(g, supply(x.supply(), spans));
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write extraction of " + x.id(), e);
        }
    }

    private <T> void writeArray(JsonGenerator g, String name, List<T> items, Function<T, ObjectNode> node)
            throws IOException {
        g.writeArrayFieldStart(name);
        for (T item : items) {
            mapper.writeTree(g, node.apply(item));
        }
        g.writeEndArray();
    }

    /** The document as a JSON tree. */
    public ObjectNode tree(DocumentExtraction x) {
        return tree(x, null);
    }

    private ObjectNode tree(DocumentExtraction x, String source) {
        SpanText spans = new SpanText(source);
        ObjectNode o = mapper.createObjectNode();
        o.put("id", x.id());
        o.put("offset", x.offset());
        o.put("title", x.title());
        o.set("date", date(x.date()));
        ArrayNode entities = o.putArray("entities");
        for (Entity e : x.entities()) {
            entities.add(entity(e, spans));
        }
        ArrayNode events = o.putArray("events");
        for (Event v : x.events()) {
            events.add(event(v, spans));
        }
        ArrayNode relations = o.putArray("relations");
        for (Relation r : x.relations()) {
            relations.add(relation(r, spans));
        }
        ArrayNode claims = o.putArray("claims");
        for (Claim c : x.claims()) {
            claims.add(claim(c, spans));
        }
        ArrayNode hedges = o.putArray("hedges"); // added: words that make a statement tentative
        x.hedges().forEach(h -> hedges.add(span(h, spans)));
        o.set("truce", truce(x.truce(), spans)); // added: what the document says of a truce
        o.set("supply", supply(x.supply(), spans)); // added: sentences that tell a supply chain
        return o;
    }

    private ObjectNode supply(SupplyReading r, SpanText spans) {
        ObjectNode o = mapper.createObjectNode();
        ArrayNode chains = o.putArray("chains");
        r.chains().forEach(chain -> chains.add(chain(chain, spans)));
        return o;
    }

    /** A sentence that tells a supply chain; what it does not say is null. */
    private ObjectNode chain(SupplyReading.ChainSentence chain, SpanText spans) {
        ObjectNode n = mapper.createObjectNode();
        n.set("evidence", span(chain.sentence(), spans));
        n.set("item", nullable(chain.item(), spans));
        ArrayNode parties = n.putArray("parties");
        chain.parties().forEach(p -> parties.addObject().put("entity", p.entity()).put("role", p.role())
                .<ObjectNode>set("name", span(p.name(), spans)).set("place", nullable(p.place(), spans)));
        n.set("supplied", dated(chain.supplied(), spans));
        SupplyReading.Recovery recovery = chain.recovery();
        if (recovery == null) {
            return n.putNull("recovery");
        }
        SupplyReading.EndUser user = recovery.endUser();
        n.putObject("recovery").<ObjectNode>set("cue", span(recovery.cue(), spans))
                .<ObjectNode>set("date", dated(recovery.date(), spans))
                .<ObjectNode>set("place", nullable(recovery.place(), spans))
                .set("end_user", user == null ? null : mapper.createObjectNode().put("entity", user.entity())
                        .<ObjectNode>set("name", span(user.name(), spans))
                        .<ObjectNode>set("evidence", span(user.sentence(), spans)).put("inferred", user.inferred()));
        return n;
    }

    /** A date as written: its value, precision and words; null when there is none. */
    private ObjectNode dated(SupplyReading.Dated d, SpanText spans) {
        return d == null ? null : mapper.createObjectNode().put("value", d.date().toString())
                .put("precision", d.precision()).set("text", span(d.words(), spans));
    }

    private ObjectNode nullable(Span s, SpanText spans) {
        return s == null ? null : span(s, spans);
    }

    private ObjectNode truce(TruceReading t, SpanText spans) {
        ObjectNode o = mapper.createObjectNode();
        ArrayNode sentences = o.putArray("violation_sentences");
        for (TruceReading.ViolationSentence v : t.sentences()) {
            ObjectNode n = sentences.addObject();
            n.set("evidence", span(v.sentence(), spans));
            if (v.count() == null) {
                n.putNull("count");
            } else {
                n.put("count", v.count());
            }
            n.put("accused", v.accused());
            n.put("total", v.total());
        }
        ArrayNode counts = o.putArray("violation_counts");
        for (TruceReading.ViolationCount v : t.counts()) {
            ObjectNode n = counts.addObject();
            n.put("reporter", v.reporter());
            n.put("count", v.count());
            n.put("accused", v.accused());
            n.put("total", v.total());
            n.put("date", v.date() == null ? null : v.date().toString());
            n.set("evidence", span(v.sentence(), spans));
        }
        ArrayNode parties = o.putArray("agreement_parties");
        for (TruceReading.TruceParty p : t.parties()) {
            ObjectNode n = parties.addObject();
            n.put("entity", p.entity());
            n.put("role", p.role());
            n.set("evidence", span(p.sentence(), spans));
            n.set("name", span(p.name(), spans));
        }
        return o;
    }

    private ObjectNode date(DocDate d) {
        ObjectNode o = mapper.createObjectNode();
        o.put("value", d.isoValue());
        o.put("precision", d.precision().label());
        o.put("source", d.source().label());
        return o;
    }

    private ObjectNode span(Span s, SpanText spans) {
        ObjectNode o = mapper.createObjectNode();
        o.put("start", s.start());
        o.put("end", s.end());
        o.put("text", spans.text(s));
        return o;
    }

    /** Span texts from the source when there is one (code-point offsets), else as extracted. */
    private record SpanText(String source) {
        String text(Span s) {
            if (source == null) {
                return s.text();
            }
            return source.substring(source.offsetByCodePoints(0, s.start()), source.offsetByCodePoints(0, s.end()));
        }
    }

    private ObjectNode entity(Entity e, SpanText spans) {
        ObjectNode o = mapper.createObjectNode();
        o.put("id", e.id());
        o.put("type", e.type().label());
        o.put("name", e.name());
        if (e.described()) {
            o.put("described", true); // "police", "two soldiers": the document's own party, never named
        }
        ArrayNode aliases = o.putArray("aliases");
        e.aliases().forEach(aliases::add);
        ArrayNode mentions = o.putArray("mentions");
        e.mentions().forEach(m -> mentions.add(span(m, spans)));
        ArrayNode links = o.putArray("links");
        for (Entity.ListLink l : e.links()) {
            ObjectNode lo = links.addObject();
            lo.put("list", l.list());
            lo.put("id", l.id());
            lo.put("score", l.score());
        }
        return o;
    }

    private ObjectNode event(Event v, SpanText spans) {
        ObjectNode o = mapper.createObjectNode();
        o.put("id", v.id());
        o.put("type", v.type().type());
        o.put("subtype", v.type().subtype());
        ArrayNode actors = o.putArray("actors");
        v.actors().forEach(actors::add);
        ArrayNode targets = o.putArray("targets");
        v.targets().forEach(targets::add);
        o.set("location", v.location() == null ? null : location(v.location()));
        ObjectNode date = o.putObject("date");
        date.put("value", v.date().value());
        date.put("precision", v.date().precision());
        o.set("fatalities", v.fatalities() == null ? null : fatalities(v.fatalities()));
        if (v.count() == null) {
            o.putNull("count");
        } else {
            o.put("count", v.count());
        }
        ArrayNode tags = o.putArray("tags");
        v.tags().forEach(tags::add);
        o.put("modality", v.modality().label());
        o.put("claim", v.claim());
        o.set("evidence", span(v.evidence(), spans));
        ArrayNode mentions = o.putArray("mentions");
        v.mentions().forEach(m -> mentions.add(span(m, spans)));
        return o;
    }

    private ObjectNode location(Location l) {
        ObjectNode o = mapper.createObjectNode();
        o.put("entity", l.entity());
        o.put("name", l.name());
        o.put("country", l.country());
        o.put("lat", l.lat());
        o.put("lon", l.lon());
        o.put("precision", l.precision());
        return o;
    }

    private ObjectNode fatalities(Fatalities f) {
        ObjectNode o = mapper.createObjectNode();
        o.put("low", f.low());
        o.put("best", f.best());
        o.put("high", f.high());
        return o;
    }

    private ObjectNode relation(Relation r, SpanText spans) {
        ObjectNode o = mapper.createObjectNode();
        o.put("id", r.id());
        o.put("type", r.type().label());
        o.put("subject", r.subject());
        o.put("object", r.object());
        o.put("modality", r.modality().label());
        o.put("claim", r.claim());
        o.set("evidence", span(r.evidence(), spans));
        return o;
    }

    private ObjectNode claim(Claim c, SpanText spans) {
        ObjectNode o = mapper.createObjectNode();
        o.put("id", c.id());
        o.put("source", c.source());
        o.put("source_text", c.sourceText());
        o.set("cue", span(c.cue(), spans));
        o.set("content", span(c.content(), spans));
        o.put("stance", c.stance().label());
        ArrayNode about = o.putArray("about");
        c.about().forEach(about::add);
        // Added after the first contract: what the claim's words say beyond who says what, each with its words.
        o.set("hedge", c.hedge() == null ? null : span(c.hedge(), spans));
        o.set("negation", c.negation() == null ? null : span(c.negation(), spans));
        ArrayNode deaths = o.putArray("deaths");
        for (Claim.Death d : c.deaths()) {
            ObjectNode death = deaths.addObject();
            death.put("entity", d.entity());
            death.set("cue", span(d.cue(), spans));
        }
        if (c.pronoun() == null) {
            o.putNull("pronoun");
        } else {
            ObjectNode pronoun = o.putObject("pronoun");
            pronoun.set("span", span(c.pronoun().span(), spans));
            pronoun.put("entity", c.pronoun().entity());
        }
        return o;
    }
}
