package org.sitrep.analysis.supply;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.sitrep.analysis.ceasefire.SmallKnowledgeBase;
import org.sitrep.store.EvidenceStore;
import org.sitrep.store.TestStores;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class SupplyChainsTest {

    @TempDir
    Path dir;

    private static final String CORD = "- Detonating cord produced by Carpathia Explosives SA in Romania was delivered on"
            + " 10 February 2015 to Tigris Star Trading Co., a distributor in Baghdad, and turned up in an ISIS bomb"
            + " workshop in Tikrit, Iraq, on 8 March 2015.";
    private static final String CABLE = "- Electrical cable manufactured by Anatolia Cable Works in Turkey and sold"
            + " through Gaziantep Electric Trading was found in devices recovered near Mosul in August 2015.";
    private static final String COMPONENTS = "Components found in bombs used by the Islamic State came from 51"
            + " companies.";
    private static final String STUDY = "Bomb parts traced\n\n" + COMPONENTS + "\n\n" + CORD + "\n" + CABLE
            + "\nTigris Star Trading Co. is owned by Omar Trade Group.\n";
    private static final String REPLIED = "Tigris Star Trading Co., which received the cord from Carpathia Explosives"
            + " SA, declined to comment.";
    private static final String REPLY = "Distributors reply\n\n" + REPLIED;

    @ParameterizedTest
    @ValueSource(strings = {TestStores.H2, TestStores.POSTGRESQL})
    void followsItemsFromManufacturerThroughDistributorToTheGroupTheyWereRecoveredFrom(String backend) {
        try (EvidenceStore store = TestStores.open(backend, dir)) {
            SmallKnowledgeBase kb = new SmallKnowledgeBase(store);
            String study = kb.document("Bomb parts traced", "2016-02-25", STUDY);
            String reply = kb.document("Distributors reply", "2016-03-10", REPLY);
            kb.entity(study, "carpathia", "Company", "Carpathia Explosives SA");
            kb.entity(study, "tigris", "Company", "Tigris Star Trading Co.");
            kb.entity(study, "anatolia", "Company", "Anatolia Cable Works");
            kb.entity(study, "gaziantep", "Company", "Gaziantep Electric Trading");
            kb.entity(study, "is", "Organization", "Islamic State", "ISIS");
            kb.entity(study, "omar", "Company", "Omar Trade Group");
            kb.link(study, "l2", "ownership", "omar", "tigris", "Tigris Star Trading Co. is owned by Omar Trade Group.");
            for (String place : List.of("Romania", "Baghdad", "Tikrit", "Iraq", "Turkey", "Mosul")) {
                kb.entity(study, place.toLowerCase(), "Address", place);
            }
            kb.entity(reply, "tigris", "Company", "Tigris Star Trading Co.");
            kb.entity(reply, "carpathia", "Company", "Carpathia Explosives SA");

            kb.link(study, "l1", "supply", "carpathia", "tigris", CORD.substring(2));
            kb.event(study, "v1", SupplyChains.TRADE, "2015-08-01", null, null, null, CABLE.substring(2),
                    List.of("anatolia"), List.of("gaziantep"));
            kb.event(reply, "v2", SupplyChains.TRADE, "2016-03-10", null, null, null,
                    "Tigris Star Trading Co., which received", List.of("tigris"), List.of());
            // An item traded in passing: extraction read no chain in its sentence, so there is none.
            kb.event(study, "v3", SupplyChains.TRADE, "2016-02-25", null, null, null,
                    COMPONENTS, List.of("is"), List.of());

            // What extraction read of the sentences that tell a chain.
            kb.supplySentence(study, CORD, "Detonating cord", "2015-02-10", "day", "turned up", "2015-03-08", "day",
                    "Tikrit");
            kb.supplyParty(study, CORD, 0, "carpathia", "manufacturer", "Romania", "Carpathia Explosives SA", CORD, false);
            kb.supplyParty(study, CORD, 1, "tigris", "distributor", "Baghdad", "Tigris Star Trading Co.", CORD, false);
            kb.supplyParty(study, CORD, 2, "is", "end_user", null, "ISIS", CORD, false);
            kb.supplySentence(study, CABLE, "Electrical cable", null, null, "found", "2015-08-01", "month", "Mosul");
            kb.supplyParty(study, CABLE, 0, "anatolia", "manufacturer", "Turkey", "Anatolia Cable Works", CABLE, false);
            kb.supplyParty(study, CABLE, 1, "gaziantep", "distributor", null, "Gaziantep Electric Trading", CABLE, false);
            kb.supplyParty(study, CABLE, 2, "is", "end_user", null, "Islamic State", COMPONENTS, true);
            kb.supplySentence(reply, REPLIED, null, null, null, null, null, null, null);
            kb.supplyParty(reply, REPLIED, 0, "tigris", "supplier", null, "Tigris Star Trading Co.", REPLIED, false);
            kb.supplyParty(reply, REPLIED, 1, "carpathia", "distributor", null, "Carpathia Explosives SA", REPLIED, false);

            SupplyChains supply = new SupplyChains(store);
            List<SupplyChain> chains = supply.all();
            assertThat(chains).hasSize(2);

            SupplyChain cord = chains.getFirst();
            assertThat(cord.item()).isEqualTo("Detonating cord");
            assertThat(cord.parties()).extracting(p -> p.party().id(), ChainParty::role, ChainParty::place).containsExactly(
                    org.assertj.core.groups.Tuple.tuple("carpathia", "manufacturer", "Romania"),
                    org.assertj.core.groups.Tuple.tuple("tigris", "distributor", "Baghdad"),
                    org.assertj.core.groups.Tuple.tuple("is", "end_user", null));
            assertThat(cord.parties().get(1).owners()).extracting(p -> p.id()).containsExactly("omar");
            assertThat(cord.supplied().date()).isEqualTo(LocalDate.of(2015, 2, 10));
            assertThat(cord.recovered()).isEqualTo(new DatedPlace(LocalDate.of(2015, 3, 8), "day", "Tikrit"));
            assertThat(cord.daysToRecovery()).isEqualTo(26);
            assertThat(cord.withinMonth()).isTrue();
            assertThat(cord.hops()).extracting(ChainHop::relation).containsExactly("supplied", "recovered_from");
            assertThat(cord.hops().getFirst().evidence().quote()).startsWith("Detonating cord produced by");
            assertThat(cord.hops().getLast().inferred()).isFalse();
            assertThat(cord.evidence()).as("the reply tells the same chain").extracting(e -> e.documentId())
                    .containsExactlyInAnyOrder(study, reply);

            SupplyChain cable = chains.getLast();
            assertThat(cable.item()).isEqualTo("Electrical cable");
            assertThat(cable.parties()).extracting(p -> p.party().id()).containsExactly("anatolia", "gaziantep", "is");
            assertThat(cable.hops().getLast().inferred()).as("the sentence does not say from whom").isTrue();
            assertThat(cable.hops().getLast().evidence().quote()).startsWith("Components found in bombs");
            assertThat(cable.supplied().date()).isNull();
            assertThat(cable.recovered()).isEqualTo(new DatedPlace(LocalDate.of(2015, 8, 1), "month", "Mosul"));
            assertThat(cable.withinMonth()).isNull();

            assertThat(supply.find("cord")).containsExactly(cord);
            assertThat(supply.find("Gaziantep Electric Trading")).containsExactly(cable);
            assertThat(supply.find("ISIS")).hasSize(2);
            assertThat(supply.find("nothing like it")).isEmpty();
        }
    }
}
