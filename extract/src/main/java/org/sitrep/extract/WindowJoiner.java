package org.sitrep.extract;

import org.sitrep.model.Span;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Joins the extractions of a document's windows (see {@link DocumentWindows}) into one extraction of the whole
 * document, as if it had been read in one piece: spans move from the window into the document, ids are numbered anew
 * across the document in the style the stages use ({@code e1}, {@code v1}, {@code r1}, {@code c1}), and every
 * reference to an id follows it.
 *
 * <p>A named entity of a later window with the same type and name as one of an earlier window is that entity: its
 * mentions and aliases join it. Described entities ("police", "two soldiers") are never joined, as within a document
 * two equal descriptions need not be one party. Events, relations and claims are kept per window: the windows' own
 * merging of events that tell one occurrence does not reach across a cut.
 *
 * <p>Add the windows in text order; then entities stay numbered in order of first mention and everything else in
 * text order. Not thread-safe; one joiner per document.
 */
final class WindowJoiner {

    private record EntityKey(EntityType type, String name) {
    }

    /** An entity of the whole document as it grows window by window. */
    private static final class Joined {
        final String id;
        final EntityType type;
        final String name;
        final boolean described;
        final Set<String> aliases = new LinkedHashSet<>();
        final List<Span> mentions = new ArrayList<>();
        /** One copy of each way it is written: an entity of a huge document is written the same way many times over. */
        final Map<String, String> writings = new HashMap<>();

        Joined(String id, EntityType type, String name, boolean described) {
            this.id = id;
            this.type = type;
            this.name = name;
            this.described = described;
        }

        Entity entity() {
            aliases.remove(name);
            return new Entity(id, type, name, List.copyOf(aliases), mentions, List.of(), described);
        }
    }

    private final List<Joined> entities = new ArrayList<>();
    private final Map<EntityKey, Joined> named = new HashMap<>();
    private final List<Event> events = new ArrayList<>();
    private final List<Relation> relations = new ArrayList<>();
    private final List<Claim> claims = new ArrayList<>();
    private final List<Span> hedges = new ArrayList<>();
    private final List<TruceReading.ViolationSentence> violationSentences = new ArrayList<>();
    private final List<TruceReading.ViolationCount> violationCounts = new ArrayList<>();
    private final List<TruceReading.TruceParty> truceParties = new ArrayList<>();
    private final List<SupplyReading.ChainSentence> chains = new ArrayList<>();

    /** Adds the extraction of the window that starts {@code offset} code points into the document. */
    void add(DocumentExtraction window, int offset) {
        Ids ids = new Ids(offset);
        Map<EntityKey, Joined> firstSeenHere = new HashMap<>();
        for (Entity e : window.entities()) {
            EntityKey key = new EntityKey(e.type(), e.name());
            // Only entities of earlier windows are joined: two entities one window kept apart stay apart.
            Joined earlier = e.described() ? null : named.get(key);
            Joined into = earlier != null ? earlier
                    : new Joined("e" + (entities.size() + 1), e.type(), e.name(), e.described());
            if (earlier == null) {
                entities.add(into);
                if (!e.described()) {
                    firstSeenHere.putIfAbsent(key, into);
                }
            }
            into.aliases.addAll(e.aliases());
            e.mentions().forEach(m -> into.mentions.add(new Span(m.start() + offset, m.end() + offset,
                    into.writings.computeIfAbsent(m.text(), text -> text))));
            ids.entities.put(e.id(), into.id);
        }
        firstSeenHere.forEach(named::putIfAbsent);
        // Events, relations and claims point at each other, so all their new ids are known before any is rewritten.
        for (Event v : window.events()) {
            ids.events.put(v.id(), "v" + (events.size() + ids.events.size() + 1));
        }
        for (Relation r : window.relations()) {
            ids.relations.put(r.id(), "r" + (relations.size() + ids.relations.size() + 1));
        }
        for (Claim c : window.claims()) {
            ids.claims.put(c.id(), "c" + (claims.size() + ids.claims.size() + 1));
        }
        window.events().forEach(v -> events.add(ids.event(v)));
        window.relations().forEach(r -> relations.add(ids.relation(r)));
        window.claims().forEach(c -> claims.add(ids.claim(c)));
        window.hedges().forEach(h -> hedges.add(ids.shift(h)));
        TruceReading truce = window.truce();
        truce.sentences().forEach(s -> violationSentences.add(
                new TruceReading.ViolationSentence(ids.shift(s.sentence()), s.count(), s.accused(), s.total())));
        truce.counts().forEach(c -> violationCounts.add(new TruceReading.ViolationCount(ids.shift(c.sentence()),
                ids.entity(c.reporter()), c.count(), c.accused(), c.total(), c.date())));
        truce.parties().forEach(p -> truceParties.add(new TruceReading.TruceParty(ids.entity(p.entity()), p.role(),
                ids.shift(p.sentence()), ids.shift(p.name()))));
        window.supply().chains().forEach(c -> chains.add(ids.chain(c)));
    }

    /** The whole document's extraction; its entities have no links yet (they are matched once, after joining). */
    DocumentExtraction joined(InputDocument document) {
        List<Entity> all = entities.stream().map(Joined::entity).toList();
        return new DocumentExtraction(document.id(), document.offset(), document.title(), document.date(), all,
                events, relations, claims, hedges,
                new TruceReading(violationSentences, violationCounts, truceParties), new SupplyReading(chains));
    }

    /** How one window's ids and offsets map into the whole document. */
    private static final class Ids {
        final int offset;
        final Map<String, String> entities = new HashMap<>();
        final Map<String, String> events = new HashMap<>();
        final Map<String, String> relations = new HashMap<>();
        final Map<String, String> claims = new HashMap<>();
        /**
         * The window's spans moved into the document, one per stretch of text: the stages cut the same sentence out
         * anew for an event, the claim that states it and a relation in it, and all but one copy can go.
         */
        final Map<Span, Span> shifted = new HashMap<>();

        Ids(int offset) {
            this.offset = offset;
        }

        String entity(String id) {
            return map(entities, id, "entity");
        }

        Span shift(Span span) {
            return span == null ? null : shifted.computeIfAbsent(span, s -> s.shift(offset));
        }

        Event event(Event v) {
            Location place = v.location() == null ? null : new Location(entity(v.location().entity()),
                    v.location().name(), v.location().country(), v.location().lat(), v.location().lon(),
                    v.location().precision());
            return new Event(map(events, v.id(), "event"), v.type(), v.actors().stream().map(this::entity).toList(),
                    v.targets().stream().map(this::entity).toList(), place, v.date(), v.fatalities(), v.count(),
                    v.tags(), v.modality(), map(claims, v.claim(), "claim"), shift(v.evidence()),
                    v.mentions().stream().map(this::shift).toList());
        }

        Relation relation(Relation r) {
            return new Relation(map(relations, r.id(), "relation"), r.type(), entity(r.subject()), entity(r.object()),
                    r.modality(), map(claims, r.claim(), "claim"), shift(r.evidence()));
        }

        Claim claim(Claim c) {
            // A claim is about events and relations; the id's own map says which.
            List<String> about = c.about().stream()
                    .map(id -> events.containsKey(id) ? events.get(id) : map(relations, id, "event or relation"))
                    .toList();
            List<Claim.Death> deaths = c.deaths().stream()
                    .map(d -> new Claim.Death(entity(d.entity()), shift(d.cue()))).toList();
            Claim.Reference pronoun = c.pronoun() == null ? null
                    : new Claim.Reference(shift(c.pronoun().span()), entity(c.pronoun().entity()));
            return new Claim(map(claims, c.id(), "claim"), entity(c.source()), c.sourceText(), shift(c.cue()),
                    shift(c.content()), c.stance(), about, shift(c.hedge()), shift(c.negation()), deaths, pronoun);
        }

        SupplyReading.ChainSentence chain(SupplyReading.ChainSentence c) {
            List<SupplyReading.Party> parties = c.parties().stream()
                    .map(p -> new SupplyReading.Party(entity(p.entity()), p.role(), shift(p.name()), shift(p.place())))
                    .toList();
            SupplyReading.Recovery r = c.recovery();
            SupplyReading.Recovery recovery = r == null ? null : new SupplyReading.Recovery(shift(r.cue()),
                    dated(r.date()), shift(r.place()), r.endUser() == null ? null
                    : new SupplyReading.EndUser(entity(r.endUser().entity()), shift(r.endUser().name()),
                    shift(r.endUser().sentence()), r.endUser().inferred()));
            return new SupplyReading.ChainSentence(shift(c.sentence()), shift(c.item()), parties, dated(c.supplied()),
                    recovery);
        }

        private SupplyReading.Dated dated(SupplyReading.Dated d) {
            return d == null ? null : new SupplyReading.Dated(d.date(), d.precision(), shift(d.words()));
        }

        /**
         * The document's id for a window's {@code id} (null stays null). An id the window never gave out would be a
         * dangling reference in the output, so it fails the document rather than being passed on.
         */
        private static String map(Map<String, String> ids, String id, String what) {
            if (id == null) {
                return null;
            }
            String mapped = ids.get(id);
            if (mapped == null) {
                throw new IllegalStateException("a window refers to " + what + " " + id + " that it does not hold");
            }
            return mapped;
        }
    }
}
