package org.sitrep.lists;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Every list format gives the same kind of entity for the same party (Turki al-Binali appears in each fixture). */
class FixtureFormatsTest {

    private final ListReader reader = new ListReader();

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "ofac-sdn.xml, us-ofac-sdn, ofac-xml, 19449",
            "sdn_advanced.xml, us-ofac-sdn, ofac-advanced-xml, 19449",
            "uk-ofsi.csv, gb-hmt, uk-ofsi-csv, 13360",
            "opensanctions.ftm.json, sitrep_test, ftm-json, sitrep-test-binali",
            "treasury-press.txt, us-treasury-press, treasury-press-text, ",
    })
    void eachFormatGivesTheSameFacts(String fixture, String listId, String format, String id) throws Exception {
        ListSnapshot snapshot = reader.read(SharedData.fixture(fixture));

        assertThat(snapshot.listId()).isEqualTo(listId);
        assertThat(snapshot.format()).isEqualTo(format);
        ListEntity binali = id != null ? snapshot.entity(id)
                : snapshot.entity(TreasuryPressImporter.id("AL-BINALI, Turki Mubarak Abdullah Ahmad"));
        assertThat(binali).isNotNull();
        assertThat(binali.schema()).isEqualTo("Person");
        assertThat(binali.name()).containsIgnoringCase("binali");
        assertThat(binali.strongAliases()).anySatisfy(a -> assertThat(a).containsIgnoringCase("benali"));
        assertThat(binali.weakAliases()).anySatisfy(a -> assertThat(a).isEqualToIgnoringCase("abu dergham"));
        assertThat(binali.birthDates()).containsExactly("1984-09-03");
        assertThat(binali.nationalities()).containsExactly("BH");
        assertThat(binali.identifiers()).anySatisfy(i -> assertThat(i.number()).isEqualTo("2231616"));
        assertThat(binali.programs()).isNotEmpty();
        assertThat(binali.source()).startsWith(fixture + ":");
        assertThat(binali.nameParts()).anySatisfy(p -> assertThat(p.type()).isEqualTo("family"));
    }

    @Test
    void ofacXmlSeparatesWeakAliasesAndResolvesLinks() throws Exception {
        ListSnapshot sdn = reader.read(SharedData.fixture("ofac-sdn.xml"));

        ListEntity isil = sdn.entity("8759");
        assertThat(isil.schema()).isEqualTo("Organization");
        assertThat(isil.strongAliases()).containsExactly("ISIL");
        assertThat(isil.weakAliases()).containsExactly("AL HAYAT");
        assertThat(isil.programs()).containsExactly("FTO", "SDGT");
        assertThat(sdn.entity("19449").linkedTo()).containsExactly("8759");
        assertThat(sdn.entity("18996").nationalities()).containsExactly("SY", "RU");
        assertThat(sdn.entity("15084").schema()).isEqualTo("Vessel");
        assertThat(sdn.entity("15084").identifiers()).extracting(ListEntity.Identifier::number)
                .contains("IMO 9187629", "T2DY4");
    }

    @Test
    void advancedXmlResolvesReferenceValues() throws Exception {
        ListSnapshot sdn = reader.read(SharedData.fixture("sdn_advanced.xml"));

        ListEntity binali = sdn.entity("19449");
        assertThat(binali.name()).isEqualTo("AL-BINALI, Turki Mubarak Abdullah Ahmad");
        assertThat(binali.birthPlaces()).containsExactly("Al Muharraq, Bahrain");
        assertThat(binali.addresses()).containsExactly("Syria");
        assertThat(binali.linkedTo()).containsExactly("8759");
        assertThat(binali.listedOn()).isEqualTo("2016-02-10");
        assertThat(binali.identifiers()).containsExactly(new ListEntity.Identifier("Passport", "2231616", "BH"),
                new ListEntity.Identifier("Passport", "1272611", "BH"));
        assertThat(sdn.entity("8759").programs()).containsExactly("FTO", "SDGT");
        assertThat(sdn.entity("15084").schema()).isEqualTo("Vessel");
        assertThat(sdn.entity("15084").identifiers()).extracting(ListEntity.Identifier::number)
                .contains("IMO 9187629", "T2DY4");
    }

    @Test
    void euFileReadsAttributes() throws Exception {
        ListSnapshot eu = reader.read(SharedData.fixture("eu-fsf.xml"));

        assertThat(eu.listId()).isEqualTo("eu-fsf");
        ListEntity assad = eu.entity("2001");
        assertThat(assad.schema()).isEqualTo("Person");
        assertThat(assad.name()).isEqualTo("Bashar Al-Assad");
        assertThat(assad.strongAliases()).containsExactly("Bashar al-Asad");
        assertThat(assad.weakAliases()).containsExactly("Dr. Bashar");
        assertThat(assad.birthDates()).containsExactly("1965-09-11");
        assertThat(assad.nationalities()).containsExactly("SY");
        assertThat(assad.identifiers()).containsExactly(new ListEntity.Identifier("National passport", "D1903", "SY"));
        assertThat(assad.programs()).containsExactly("SYR");
        assertThat(assad.listedOn()).isEqualTo("2011-05-23");
        assertThat(eu.entity("2002").schema()).isEqualTo("Organization");
        assertThat(eu.entity("2002").addresses()).hasSize(1);
    }

    @Test
    void ukRowsAreGroupedByGroupId() throws Exception {
        ListSnapshot uk = reader.read(SharedData.fixture("uk-ofsi.csv"));

        assertThat(uk.entities()).extracting(ListEntity::id).containsExactly("13360", "13220", "13700");
        assertThat(uk.entity("13360").identifiers())
                .contains(new ListEntity.Identifier("Passport", "2231616", "BH"));
        assertThat(uk.entity("13360").listedOn()).isEqualTo("2016-04-20");
        assertThat(uk.entity("13220").strongAliases()).containsExactly("HESCO");
        assertThat(uk.entity("13700").schema()).isEqualTo("Vessel");
    }

    @Test
    void followTheMoneySanctionsAndDocumentsJoinTheirParty() throws Exception {
        ListSnapshot ftm = reader.read(SharedData.fixture("opensanctions.ftm.json"));

        assertThat(ftm.entities()).extracting(ListEntity::schema).containsExactly("Organization", "Person", "Vessel");
        ListEntity binali = ftm.entity("sitrep-test-binali");
        assertThat(binali.listedOn()).isEqualTo("2016-02-10");
        assertThat(binali.programs()).containsExactly("SDGT");
        assertThat(binali.linkedTo()).containsExactly("sitrep-test-isil");
        assertThat(binali.identifiers()).contains(new ListEntity.Identifier("Passport", "2231616", "BH"));
    }

    @Test
    void pressReleaseEntriesBecomeEntities() throws Exception {
        ListSnapshot press = reader.read(SharedData.fixture("treasury-press.txt"));

        assertThat(press.entities()).extracting(ListEntity::name).containsExactly(
                "AL-BINALI, Turki Mubarak Abdullah Ahmad", "JUAYTHINI, Husayn", "HASWANI, George",
                "HESCO ENGINEERING & CONSTRUCTION CO", "ISLAMIC STATE OF IRAQ AND THE LEVANT");
        ListEntity isil = press.entities().get(4);
        assertThat(isil.schema()).isEqualTo("Organization");
        assertThat(isil.programs()).containsExactly("FTO", "SDGT");
        assertThat(isil.weakAliases()).containsExactly("AL HAYAT");
        ListEntity hesco = press.entities().get(3);
        assertThat(hesco.addresses()).containsExactly("Sahet Al-Najmeh, Damascus, Syria");
        assertThat(hesco.linkedTo()).containsExactly(press.entities().get(2).id());
        assertThat(press.entities().get(0).linkedTo()).containsExactly(isil.id());
        assertThat(press.entities().get(2).addresses()).containsExactly("Yabrud, Syria");
        // Ids depend on the name only, so the next release gives the same party the same id.
        assertThat(isil.id()).isEqualTo(TreasuryPressImporter.id("ISLAMIC STATE OF IRAQ AND THE LEVANT"));
    }
}
