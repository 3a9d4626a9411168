package org.sitrep.extract.eval;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.sitrep.extract.eval.Muc4Evaluation.Side;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** Reading MUC-4 records and scoring who did it and to whom, on a report written for these tests. */
class Muc4EvaluationTest {

    /** A report in the corpus's form: wire copy in capitals, lines broken, role fillers by entity. */
    private static final String ROLES = """
            {"perp_individual_id": [["GUNMEN", "HEAVILY ARMED GUNMEN"]],
             "perp_organization_id": [["PEOPLE'S VANGUARD [PV]", "PEOPLE'S VANGUARD"]],
             "phys_tgt_id": [["BRIDGE"]],
             "hum_tgt_name": [["TOMAS ARANDA"]],
             "incident_instrument_id": [["DYNAMITE"]]}
            """;

    private static Muc4Evaluation.GoldDocument gold() throws Exception {
        return Muc4Evaluation.document("t1", "text", new ObjectMapper().readTree(ROLES));
    }

    @Test
    void wireCopyBecomesParagraphsOfJoinedLines() {
        assertThat(Muc4Evaluation.text("  HEAVILY ARMED GUNMEN BLEW UP\nA BRIDGE.\n\n   MAYOR TOMAS ARANDA WAS\nKILLED."))
                .isEqualTo("HEAVILY ARMED GUNMEN BLEW UP A BRIDGE.\n\nMAYOR TOMAS ARANDA WAS KILLED.");
    }

    @Test
    void namesCompareWithoutCaseArticleOrBrackets() {
        assertThat(Muc4Evaluation.normalised("The  People's Vanguard (PV)")).isEqualTo("people's vanguard (pv)");
        assertThat(Muc4Evaluation.normalised("PEOPLE'S VANGUARD [PV]")).isEqualTo("people's vanguard (pv)");
        assertThat(Muc4Evaluation.normalised("a bridge.")).isEqualTo("bridge");
    }

    @Test
    void everyRoleFillerIsAnEntityOnItsSideAndWeaponsAreNotScored() throws Exception {
        Muc4Evaluation.GoldDocument d = gold();
        assertThat(d.relevant()).isTrue();
        assertThat(d.entities()).extracting(Muc4Evaluation.GoldEntity::side)
                .containsExactly(Side.PERPETRATOR, Side.PERPETRATOR, Side.PHYSICAL_TARGET, Side.VICTIM);
    }

    @Test
    void aPartyMatchesWhenAnyOfItsNamesIsOneOfTheEntitysStrings() throws Exception {
        List<String> notes = new ArrayList<>();
        Muc4Evaluation.Figures f = Muc4Evaluation.score(gold(), 2, List.of(
                new Muc4Evaluation.Predicted(Side.PERPETRATOR, "the gunmen", Set.of("gunmen")),
                new Muc4Evaluation.Predicted(Side.PERPETRATOR, "the police", Set.of("police")),
                new Muc4Evaluation.Predicted(Side.VICTIM, "Tomas Aranda", Set.of("tomas aranda", "aranda")),
                new Muc4Evaluation.Predicted(Side.VICTIM, "the bridge", Set.of("bridge"))), notes);
        assertThat(f.sides().get(Side.PERPETRATOR)).isEqualTo(new Score(1, 2, 2, 1));
        assertThat(f.sides().get(Side.VICTIM)).isEqualTo(new Score(2, 2, 1, 1)); // a target may be a thing struck
        assertThat(f.sides().get(Side.PHYSICAL_TARGET)).isEqualTo(new Score(0, 0, 1, 1));
        assertThat(f.inverted()).isZero();
        assertThat(f.flaggedRelevant()).isEqualTo(1);
        assertThat(notes).anyMatch(n -> n.contains("people's vanguard")).anyMatch(n -> n.contains("'the police'"));
    }

    @Test
    void aVictimGivenAsTheDoerIsInvertedAndEventsInAReportOfNoIncidentAreNoted() throws Exception {
        List<String> notes = new ArrayList<>();
        Muc4Evaluation.Figures f = Muc4Evaluation.score(gold(), 1, List.of(
                new Muc4Evaluation.Predicted(Side.PERPETRATOR, "Aranda", Set.of("tomas aranda"))), notes);
        assertThat(f.inverted()).isEqualTo(1);
        Muc4Evaluation.GoldDocument none = Muc4Evaluation.document("t2", "text", new ObjectMapper().readTree(
                "{\"perp_individual_id\": [], \"hum_tgt_name\": []}"));
        List<String> more = new ArrayList<>();
        Muc4Evaluation.Figures g = Muc4Evaluation.score(none, 3, List.of(), more);
        assertThat(g.relevant()).isZero();
        assertThat(g.flagged()).isEqualTo(1);
        assertThat(more).containsExactly("3 violent events in a report of no incident");
    }
}
