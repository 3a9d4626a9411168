package org.sitrep.extract.event;

import org.junit.jupiter.api.Test;
import org.sitrep.extract.DocumentContext;
import org.sitrep.extract.EntityType;
import org.sitrep.extract.EventType;
import org.sitrep.extract.Mention;
import org.sitrep.model.DocDate;
import org.sitrep.model.Span;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** ACLED's sub-types that who takes part decides, on parties made up for these tests. */
class SubtypeByPartiesTest {

    private final SubtypeByParties parties = new SubtypeByParties();
    private final DocumentContext doc = new DocumentContext("", DocDate.UNKNOWN);

    private static Mention party(String text, EntityType type, Mention.Kind kind) {
        return new Mention(0, 0, 1, new Span(0, text.length(), text), type, null, kind);
    }

    @Test
    void aStatesForcesRegainGroundAndAnyoneElseOvertakesIt() {
        Mention army = party("government troops", EntityType.ARMED_GROUP, Mention.Kind.DESCRIPTION);
        Mention rebels = party("rebel troops", EntityType.ARMED_GROUP, Mention.Kind.DESCRIPTION);
        Mention front = party("Free Lowland Army", EntityType.ARMED_GROUP, Mention.Kind.NAME);
        assertThat(parties.subtype(EventType.NON_STATE_ACTOR_OVERTAKES_TERRITORY, List.of(army), List.of(), doc))
                .isEqualTo(EventType.GOVERNMENT_REGAINS_TERRITORY);
        assertThat(parties.subtype(EventType.GOVERNMENT_REGAINS_TERRITORY, List.of(rebels), List.of(), doc))
                .isEqualTo(EventType.NON_STATE_ACTOR_OVERTAKES_TERRITORY);
        assertThat(parties.subtype(EventType.GOVERNMENT_REGAINS_TERRITORY, List.of(front), List.of(), doc))
                .isEqualTo(EventType.NON_STATE_ACTOR_OVERTAKES_TERRITORY);
        assertThat(parties.subtype(EventType.GOVERNMENT_REGAINS_TERRITORY, List.of(), List.of(), doc))
                .isEqualTo(EventType.GOVERNMENT_REGAINS_TERRITORY);
    }

    @Test
    void violenceAgainstANamedPersonWithNoArmedSideIsAnAttackNotAClash() {
        Mention senator = party("Marta Ilves", EntityType.PERSON, Mention.Kind.NAME);
        Mention soldier = party("a soldier", EntityType.PERSON, Mention.Kind.DESCRIPTION);
        Mention militia = party("the militia", EntityType.ARMED_GROUP, Mention.Kind.DESCRIPTION);
        assertThat(parties.subtype(EventType.ARMED_CLASH, List.of(), List.of(senator), doc))
                .isEqualTo(EventType.ATTACK_ON_CIVILIANS);
        assertThat(parties.subtype(EventType.ARMED_CLASH, List.of(), List.of(soldier), doc))
                .isEqualTo(EventType.ARMED_CLASH);
        assertThat(parties.subtype(EventType.ARMED_CLASH, List.of(militia), List.of(senator), doc))
                .isEqualTo(EventType.ARMED_CLASH);
    }
}
