package org.sitrep.extract;

import org.sitrep.model.Span;

import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The contract's invariant: every span's text is the document's text between its code-point offsets. */
final class SpanInvariant {

    private static final Set<String> PRECISIONS_DATE = Set.of("day", "week", "month", "year", "unknown");
    private static final Set<String> PRECISIONS_PLACE = Set.of("exact", "town", "district", "province", "country", "unknown");

    private SpanInvariant() {
    }

    static void check(String text, DocumentExtraction x) {
        for (Entity e : x.entities()) {
            e.mentions().forEach(m -> holds(text, m));
        }
        for (Event v : x.events()) {
            holds(text, v.evidence());
            assertThat(PRECISIONS_DATE).contains(v.date().precision());
            if (v.location() != null) {
                assertThat(PRECISIONS_PLACE).contains(v.location().precision());
            }
        }
        for (Relation r : x.relations()) {
            holds(text, r.evidence());
        }
        for (Claim c : x.claims()) {
            holds(text, c.cue());
            holds(text, c.content());
            if (c.hedge() != null) {
                holds(text, c.hedge());
            }
            if (c.negation() != null) {
                holds(text, c.negation());
            }
            c.deaths().forEach(d -> holds(text, d.cue()));
            if (c.pronoun() != null) {
                holds(text, c.pronoun().span());
            }
        }
        x.hedges().forEach(h -> holds(text, h));
        x.truce().sentences().forEach(v -> holds(text, v.sentence()));
        x.truce().counts().forEach(v -> holds(text, v.sentence()));
        x.truce().parties().forEach(p -> {
            holds(text, p.sentence());
            holds(text, p.name());
        });
        for (SupplyReading.ChainSentence chain : x.supply().chains()) {
            holds(text, chain.sentence());
            if (chain.item() != null) {
                holds(text, chain.item());
            }
            chain.parties().forEach(p -> {
                holds(text, p.name());
                if (p.place() != null) {
                    holds(text, p.place());
                }
            });
            if (chain.supplied() != null) {
                holds(text, chain.supplied().words());
            }
            if (chain.recovery() != null) {
                holds(text, chain.recovery().cue());
                if (chain.recovery().date() != null) {
                    holds(text, chain.recovery().date().words());
                }
                if (chain.recovery().place() != null) {
                    holds(text, chain.recovery().place());
                }
                if (chain.recovery().endUser() != null) {
                    holds(text, chain.recovery().endUser().name());
                    holds(text, chain.recovery().endUser().sentence());
                }
            }
        }
    }

    static void holds(String text, Span span) {
        assertThat(Span.of(text, span.start(), span.end()).text()).as("span %s", span).isEqualTo(span.text());
    }
}
