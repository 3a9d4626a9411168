package org.sitrep.extract.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.sitrep.extract.Entity;
import org.sitrep.extract.EventType;
import org.sitrep.model.Span;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/** Reading WikiEvents records and scoring roles, on a document written for these tests. */
class WikiEventsEvaluationTest {

    /**
     * Two sentences whose gold offsets count one character between them while the text has none, as in the data
     * set: "Rebels shelled the town." and "Two guards died.", with shelled (Attacker Rebels, Target town) and died
     * (Victim guards).
     */
    private static final String RECORD = """
            {"doc_id": "t1", "text": "Rebels shelled the town.Two guards died.",
             "sentences": [[[["Rebels", 0, 6], ["shelled", 7, 14], ["the", 15, 18], ["town", 19, 23], [".", 23, 24]],
                            "Rebels shelled the town."],
                           [[["Two", 25, 28], ["guards", 29, 35], ["died", 36, 40], [".", 40, 41]], "Two guards died."]],
             "entity_mentions": [
               {"id": "m1", "sent_idx": 0, "start": 0, "end": 1, "text": "Rebels"},
               {"id": "m2", "sent_idx": 0, "start": 3, "end": 4, "text": "town"},
               {"id": "m3", "sent_idx": 1, "start": 6, "end": 7, "text": "guards"}],
             "event_mentions": [
               {"id": "e1", "event_type": "Conflict.Attack.Unspecified",
                "trigger": {"start": 1, "end": 2, "text": "shelled", "sent_idx": 0},
                "arguments": [{"entity_id": "m1", "role": "Attacker"}, {"entity_id": "m2", "role": "Target"}]},
               {"id": "e2", "event_type": "Life.Die.Unspecified",
                "trigger": {"start": 7, "end": 8, "text": "died", "sent_idx": 1},
                "arguments": [{"entity_id": "m3", "role": "Victim"}]},
               {"id": "e3", "event_type": "Contact.Contact.Broadcast",
                "trigger": {"start": 1, "end": 2, "text": "shelled", "sent_idx": 0}, "arguments": []}]}
            """;

    private static WikiEventsEvaluation.GoldDocument gold() throws Exception {
        return WikiEventsEvaluation.read(new ObjectMapper().readTree(RECORD));
    }

    @Test
    void rebuildsTheTextWithSentenceBreaksAndMovesTheOffsets() throws Exception {
        WikiEventsEvaluation.GoldDocument d = gold();
        assertThat(d.text()).isEqualTo("Rebels shelled the town.\n\nTwo guards died.");
        assertThat(d.events()).hasSize(2); // the broadcast is not a scored kind
        WikiEventsEvaluation.GoldEvent died = d.events().get(1);
        assertThat(died.trigger()).isEqualTo("died");
        assertThat(died.arguments().getFirst().text()).isEqualTo("guards");
        assertThat(died.arguments().getFirst().side()).isEqualTo(WikiEventsEvaluation.Side.PATIENT);
    }

    private static Entity entity(String id, String text, String doc) {
        int at = doc.indexOf(text);
        return new Entity(id, org.sitrep.extract.EntityType.ARMED_GROUP, text, List.of(),
                List.of(new Span(at, at + text.length(), text)), List.of());
    }

    private static WikiEventsEvaluation.Found event(List<String> actors, List<String> targets, String sentence,
                                                    String doc) {
        int at = doc.indexOf(sentence);
        return new WikiEventsEvaluation.Found(EventType.SHELLING, actors, targets, null,
                List.of(new Span(at, at + sentence.length(), sentence)));
    }

    @Test
    void scoresRecallPrecisionAndInvertedRoles() throws Exception {
        WikiEventsEvaluation.GoldDocument d = gold();
        String text = d.text();
        // The rebels right, the town put as the doer (inverted), the guards' death not found.
        List<Entity> entities = List.of(entity("e1", "Rebels", text), entity("e2", "town", text));
        List<WikiEventsEvaluation.Found> events = List.of(event(List.of("e1", "e2"), List.of(),
                "Rebels shelled the town.", text));
        List<String> notes = new ArrayList<>();
        WikiEventsEvaluation.Figures f = WikiEventsEvaluation.score(d, entities, events, notes);
        assertThat(f.goldEvents()).isEqualTo(2);
        assertThat(f.matchedEvents()).isEqualTo(1);
        assertThat(f.agentFound()).isEqualTo(1);
        assertThat(f.agentGold()).isEqualTo(1);
        assertThat(f.patientFound()).isZero();
        assertThat(f.patientGold()).isEqualTo(1);
        assertThat(f.rolesAssigned()).isEqualTo(2);
        assertThat(f.rolesRight()).isEqualTo(1);
        assertThat(f.inverted()).isEqualTo(1);
        assertThat(notes).anyMatch(n -> n.startsWith("no event for Life.Die"));
    }

    @Test
    void theSplitIsFixedAndDisjoint() {
        List<String> ids = IntStream.range(0, 20).mapToObj(i -> "doc" + i).toList();
        List<String> tuning = WikiEventsEvaluation.tuningIds(ids);
        assertThat(tuning).hasSize(WikiEventsEvaluation.TUNING_DOCUMENTS);
        assertThat(WikiEventsEvaluation.tuningIds(ids.reversed())).isEqualTo(tuning);
        assertThat(new HashSet<>(ids)).containsAll(tuning);
    }

    @Test
    void readsTheDevelopmentSetWhenItIsThere() throws Exception {
        Path dir = Path.of("/work/shared/eval/wikievents-dev");
        Assumptions.assumeTrue(Files.isRegularFile(dir.resolve("dev.jsonl")), "WikiEvents development set absent");
        WikiEventsEvaluation eval = WikiEventsEvaluation.load(dir);
        assertThat(eval.size()).isPositive();
        JsonNode first = new ObjectMapper().readTree(Files.readAllLines(dir.resolve("dev.jsonl")).getFirst());
        WikiEventsEvaluation.GoldDocument d = WikiEventsEvaluation.read(first);
        // every gold trigger's text is where its rebuilt offsets say
        for (WikiEventsEvaluation.GoldEvent g : d.events()) {
            assertThat(Span.of(d.text(), g.triggerStart(), g.triggerEnd()).text()).isEqualTo(g.trigger());
        }
    }
}
