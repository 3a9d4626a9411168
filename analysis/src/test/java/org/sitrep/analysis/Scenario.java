package org.sitrep.analysis;

import org.sitrep.store.EvidenceStore;

import java.time.LocalDate;
import java.util.List;

/**
 * A small invented world for analysis tests: a hospital strike two publishers report differently (one accuses, the
 * other carries a denial and a lower toll), an unrelated clash, and a commander first reported likely killed, denied
 * by supporters, then confirmed dead by his group.
 */
public final class Scenario {

    public final String wireStrike;
    public final String deskDenial;
    public final String wireClash;
    public final String wireDeath;
    public final String deskDeath;
    public final String monitorDeath;

    public Scenario(EvidenceStore store) {
        TinyStore t = new TinyStore(store);
        wireStrike = t.document("Wire", LocalDate.of(2016, 2, 15), """
                Hospital in Kafr Town destroyed

                KAFR, Feb. 15 (Wire) — Missiles destroyed a hospital in Kafr Town, killing 11 people. The Coalition accused Russian jets of the attack.""");
        deskDenial = t.document("Desk", LocalDate.of(2016, 2, 16), """
                Moscow denies striking Kafr hospital

                MOSCOW, Feb. 16 — The ministry denied that its jets struck the hospital in Kafr Town. Medics said 5 people were killed in Kafr Town.""");
        wireClash = t.document("Wire", LocalDate.of(2016, 4, 2), """
                Clashes near Hilltown

                Fighters of the Hill Brigade clashed with army units near Hilltown on April 1. Abu Test is a member of the Hill Brigade.""");
        wireDeath = t.document("Wire", LocalDate.of(2016, 3, 9), """
                Commander Abu Test likely killed

                WASHINGTON — The Pentagon said Abu Test was likely killed in a strike. Abu Test leads the Hill Brigade. Abu Test is a member of the Hill Brigade.""");
        deskDeath = t.document("Desk", LocalDate.of(2016, 3, 15), """
                Supporters deny death of Abu Test

                Supporters denied that Abu Test had been killed. The observatory said it could not confirm the death of Abu Test.""");
        monitorDeath = t.document("Monitor", LocalDate.of(2016, 7, 14), """
                Group confirms death of Abu Test

                The group confirmed that Abu Test is dead. Abu Test led the Hill Brigade until his death.""");

        t.entity("e-kafr", "Address", "Kafr Town", wireStrike, "Kafr Town");
        t.mention("e-kafr", "Address", deskDenial, "Kafr Town");
        t.entity("e-russia", "Organization", "Russian Air Force", wireStrike, "Russian jets");
        t.entity("e-coalition", "Organization", "National Coalition", wireStrike, "The Coalition");
        t.entity("e-ministry", "PublicBody", "Ministry of Defence", deskDenial, "The ministry");
        t.entity("e-brigade", "Organization", "Hill Brigade", wireClash, "Hill Brigade");
        t.mention("e-brigade", "Organization", wireDeath, "Hill Brigade");
        t.mention("e-brigade", "Organization", monitorDeath, "Hill Brigade");
        t.entity("e-army", "Organization", "Army", wireClash, "army units");
        t.entity("e-test", "Person", "Abu Test", wireDeath, "Abu Test");
        t.mention("e-test", "Person", deskDeath, "Abu Test");
        t.mention("e-test", "Person", monitorDeath, "Abu Test");
        t.mention("e-test", "Person", wireClash, "Abu Test");
        t.entity("e-pentagon", "PublicBody", "Pentagon", wireDeath, "The Pentagon");

        t.event(wireStrike, "v1", "Explosions/Remote violence", "Air/drone strike", LocalDate.of(2016, 2, 15),
                "Kafr Town", "e-kafr", "town", "SY", 35.65, 36.68, 11, "asserted", null,
                "Missiles destroyed a hospital in Kafr Town, killing 11 people.", List.of("e-russia"), List.of());
        t.claim(wireStrike, "c1", "e-coalition", "The Coalition", "accused", "Russian jets of the attack", "accuses", "v1");

        t.claim(deskDenial, "c1", "e-ministry", "The ministry", "denied", "that its jets struck the hospital in Kafr Town",
                "denies");
        t.claim(deskDenial, "c2", null, "Medics", "said", "5 people were killed in Kafr Town", "asserts");
        t.event(deskDenial, "v1", "Explosions/Remote violence", "Shelling/artillery/missile attack", LocalDate.of(2016, 2, 15),
                "Kafr Town", "e-kafr", "town", "SY", 35.65, 36.68, 5, "reported", "c2",
                "Medics said 5 people were killed in Kafr Town.", List.of(), List.of());

        t.event(wireClash, "v1", "Battles", "Armed clash", LocalDate.of(2016, 4, 1), "Hilltown", null, "town", "SY",
                34.0, 38.0, null, "asserted", null,
                "Fighters of the Hill Brigade clashed with army units near Hilltown on April 1.",
                List.of("e-brigade", "e-army"), List.of());

        // What extraction reads of these claims' words: hedges, a negated cue, the deaths they report.
        String likely = t.claim(wireDeath, "c1", "e-pentagon", "The Pentagon", "said", "Abu Test was likely killed in a strike", "asserts");
        t.hedge(wireDeath, "Abu Test was likely killed", "likely");
        t.death(likely, "e-test", "killed");
        t.death(t.claim(deskDeath, "c1", null, "Supporters", "denied", "that Abu Test had been killed", "denies"),
                "e-test", "killed");
        String unconfirmed = t.claim(deskDeath, "c2", null, "The observatory", "confirm",
                "it could not confirm the death of Abu Test", "confirms");
        t.negation(unconfirmed, "not");
        t.death(unconfirmed, "e-test", "death");
        t.death(t.claim(monitorDeath, "c1", null, "The group", "confirmed", "that Abu Test is dead", "confirms"),
                "e-test", "dead");

        t.link(wireDeath, "r1", "leadership", "e-test", "e-brigade", "asserted", "Abu Test leads the Hill Brigade.");
        t.link(monitorDeath, "r1", "leadership", "e-test", "e-brigade", "historical", "Abu Test led the Hill Brigade until his death.");
        t.link(wireDeath, "r2", "membership", "e-test", "e-brigade", "asserted", "Abu Test is a member of the Hill Brigade.");
        t.link(wireClash, "r2", "membership", "e-test", "e-brigade", "asserted", "Abu Test is a member of the Hill Brigade.");
    }
}
