package org.sitrep.resolve;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.extract.DocumentExtraction;
import org.sitrep.extract.Entity;
import org.sitrep.extract.EntityType;
import org.sitrep.lists.ListReader;
import org.sitrep.lists.ListStore;
import org.sitrep.model.DocDate;
import org.sitrep.model.Document;
import org.sitrep.model.Span;
import org.sitrep.store.EvidenceStore;
import org.sitrep.store.TestStores;

import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Cross-document resolution on a real H2 store with the demo lists and hand-made extractions. */
class CrossDocumentResolverTest {

    @TempDir
    Path dir;

    private EvidenceStore store;
    private KnowledgeBase kb;
    private final ExtractionWriter writer = new ExtractionWriter(new NameKeys(), "test-extract/1");

    private static final String BINALI = KnowledgeBase.listedEntityId("us-ofac-sdn", "19449");
    private static final String HASWANI = KnowledgeBase.listedEntityId("us-ofac-sdn", "18996");
    private static final String BATIRASHVILI = KnowledgeBase.listedEntityId("us-ofac-sdn", "17283");
    private static final String FAYSAL = KnowledgeBase.listedEntityId("us-ofac-sdn", "19450");

    @BeforeEach
    void open() throws Exception {
        store = TestStores.open(TestStores.H2, dir);
        ListStore lists = new ListStore(store);
        for (var snapshot : new ListReader().readAll(Path.of(System.getProperty("sitrep.home", ".."), "demo", "lists"))) {
            lists.load(snapshot);
        }
        kb = new KnowledgeBase(store);
        kb.syncLists();
    }

    @org.junit.jupiter.api.AfterEach
    void close() {
        store.close();
    }

    @Test
    void spellingVariantsAndListAliasesResolveToTheListedParty() throws Exception {
        write("Bahraini preacher Turki al-Benali was named with Faysal Ahmad Ali al-Zahrani and Husayn Juaythini.",
                person("Turki al-Benali"), person("Faysal Ahmad Ali al-Zahrani"), person("Husayn Juaythini"));
        write("Officials said Turki al-Binali met Faisal al-Zahrani in Raqqa.",
                person("Turki al-Binali"), person("Faisal al-Zahrani"));
        write("Syrian-Russian businessman George Haswany denies buying oil.", person("George Haswany"));
        write("The Pentagon said Omar al-Shishani was likely killed.", person("Omar al-Shishani"));
        write("Supporters say Umar al-Shishany survived.", person("Umar al-Shishany"));
        int folded = kb.resolveAcrossDocuments();

        assertThat(entityOf("Turki al-Benali")).isEqualTo(BINALI);
        assertThat(entityOf("Turki al-Binali")).isEqualTo(BINALI);
        assertThat(entityOf("George Haswany")).as("one letter apart, nothing contradicting").isEqualTo(HASWANI);
        assertThat(entityOf("Omar al-Shishani")).as("only the list's alias knows him by this name")
                .isEqualTo(BATIRASHVILI);
        assertThat(entityOf("Faisal al-Zahrani")).as("a weaker score, backed by al-Binali beside both")
                .isEqualTo(FAYSAL);
        assertThat(entityOf("Umar al-Shishany")).as("a spelling of a list alias").isEqualTo(BATIRASHVILI);
        assertThat(folded).as("the rest resolved by exact name keys").isEqualTo(3);

        String text = "Syrian-Russian businessman George Haswany denies buying oil.";
        assertThat(rows("SELECT document_id, span_start, span_end FROM statement WHERE prop = 'name'"
                + " AND prop_value = 'George Haswany'")).as("the mention keeps its evidence")
                .containsExactly(List.of(Document.of("d" + text.hashCode(), DocDate.UNKNOWN, "text/plain", text).id(),
                        String.valueOf(text.indexOf("George")), String.valueOf(text.indexOf("George") + 14)));
        assertThat(kb.resolutions(HASWANI)).singleElement().satisfies(r -> {
            assertThat(r.name()).isEqualTo("George Haswany");
            assertThat(r.method()).isEqualTo("list-name");
            assertThat(r.score()).isGreaterThanOrEqualTo(CrossDocumentResolver.SURE);
            assertThat(r.detail()).contains("kind person agrees").contains("haswan");
        });
        assertThat(kb.resolutions(FAYSAL)).extracting(Resolution::method)
                .as("the UN entry for him folded in first").containsExactly(ListLinker.METHOD, "name-key", "list-name");
        assertThat(kb.resolutions(FAYSAL).getLast().detail()).contains("shared neighbours").contains("AL-BINALI");
        assertThat(kb.resolutions(BINALI)).as("exact resolutions are explained too").isNotEmpty()
                .allSatisfy(r -> assertThat(r.documentId()).isNotNull());
    }

    @Test
    void nearMissesStayApart() throws Exception {
        write("Tigris Star Trading Co. shipped the parts, the report says.", company("Tigris Star Trading Co."));
        write("The state news agency SANA news agency reported the strike.", org("SANA news agency"));
        write("Ahmed Abdullah Saleh al-Zahrani is wanted; so is Turki al-Binali.",
                person("Ahmed Abdullah Saleh al-Zahrani"), person("Turki al-Binali"));
        write("A man called Ahmed al-Zahrani was seen with Turki al-Binali.", person("Ahmed al-Zahrani"),
                person("Turki al-Binali"));
        write("Jordanian trader George Haswany was not the Syrian one.", person("George Haswany"));
        kb.resolveAcrossDocuments();

        assertThat(entityOf("Tigris Star Trading Co.")).as("not TIGRIS TRADING, INC.").startsWith("e-");
        assertThat(entityOf("SANA news agency")).as("a news agency is not the tanker SANA").startsWith("e-");
        assertThat(entityOf("Ahmed Abdullah Saleh al-Zahrani")).isNotEqualTo(FAYSAL);
        assertThat(entityOf("Ahmed al-Zahrani")).as("as close to one al-Zahrani as to another: ambiguous")
                .isNotEqualTo(FAYSAL).startsWith("e-");
        assertThat(entityOf("George Haswany")).as("a Jordanian is not the Syrian-Russian on the list")
                .startsWith("e-");
    }

    @Test
    void thePartyTwoListsDesignateIsOneEntityWithBothDesignations() {
        String unEntry = KnowledgeBase.listedEntityId("un-sc", "QDi.345");
        assertThat(rows("SELECT id FROM entity WHERE id = '" + unEntry + "'")).as("folded into the OFAC entry").isEmpty();
        assertThat(rows("SELECT DISTINCT list_id FROM statement WHERE entity_id = '" + BATIRASHVILI + "'"
                + " AND prop = 'name'")).containsExactlyInAnyOrder(List.of("un-sc"), List.of("us-ofac-sdn"));
        assertThat(rows("SELECT COUNT(DISTINCT list_id) FROM link WHERE subject_id = '" + BATIRASHVILI + "'"
                + " AND link_type = 'sanctioned_by'")).containsExactly(List.of("2"));
        assertThat(kb.resolutions(BATIRASHVILI)).filteredOn(r -> r.method().equals(ListLinker.METHOD))
                .singleElement().satisfies(r -> {
                    assertThat(r.mergedId()).isEqualTo(unEntry);
                    assertThat(r.detail()).as("more than the name agrees").containsAnyOf("birth_date", "identifier");
                });
        assertThat(new EntityDecisions(store).show(unEntry)).get().extracting(EntityView::id).isEqualTo(BATIRASHVILI);

        assertThat(new EntityDecisions(store).show(KnowledgeBase.listedEntityId("un-sc", "QDe.115"))).get()
                .as("the UN lists Al-Qaida in Iraq under a name OFAC gives as an alias of ISIL")
                .extracting(EntityView::id).isEqualTo(KnowledgeBase.listedEntityId("us-ofac-sdn", "8759"));

        List<List<String>> folds = rows("SELECT r.entity_id, r.merged_id, r.detail FROM resolution_reason r JOIN entity e"
                + " ON e.id = r.entity_id WHERE r.origin = '" + ListLinker.ORIGIN + "' AND e.schema_name = 'Person'"
                + " ORDER BY r.merged_id");
        assertThat(folds).as("a person's fold rests on more than a name").isNotEmpty()
                .allSatisfy(f -> assertThat(f.get(2)).containsAnyOf("birth_date", "identifier"));
        kb.syncLists();
        assertThat(rows("SELECT r.entity_id, r.merged_id, r.detail FROM resolution_reason r JOIN entity e"
                + " ON e.id = r.entity_id WHERE r.origin = '" + ListLinker.ORIGIN + "' AND e.schema_name = 'Person'"
                + " ORDER BY r.merged_id")).as("a second sync folds the same, once").isEqualTo(folds);
    }

    @Test
    void descriptionsStayInTheirDocumentAndPronounsAreNotNames() {
        write("Civilians fled Azaz as shelling hit the town.", org("Civilians"));
        write("In Manbij, civilians sheltered in basements.", org("civilians"));
        assertThat(rows("SELECT DISTINCT entity_id FROM statement WHERE LOWER(prop_value) = 'civilians'"))
                .as("civilians in one town are not the civilians of another").hasSize(2);

        String text = "George Haswani denied the charge; he said I only built plants.";
        Document doc = Document.of("d" + text.hashCode(), DocDate.UNKNOWN, "text/plain", text);
        Entity haswani = new Entity("e1", EntityType.PERSON, "George Haswani", List.of(),
                List.of(Span.of(text, 0, 14), Span.of(text, text.indexOf("he said"), text.indexOf("he said") + 2),
                        Span.of(text, text.indexOf("I "), text.indexOf("I ") + 1)), List.of());
        store.inTransaction(tx -> {
            tx.insertDocumentIfAbsent(doc, "test", Instant.EPOCH);
            writer.write(tx, doc.id(), new DocumentExtraction(doc.id(), 0, doc.title(), DocDate.UNKNOWN,
                    List.of(haswani), List.of(), List.of(), List.of()), Instant.EPOCH);
            return null;
        });
        assertThat(rows("SELECT prop_value FROM statement WHERE document_id = '" + doc.id() + "' AND prop = 'name'"))
                .containsExactly(List.of("George Haswani"));
    }

    @Test
    void textDerivedSpellingsMeetAndPeopleDecisionsWin() throws Exception {
        write("Commander Abu Ahmad al-Kurdi led the assault on Manbij.", person("Abu Ahmad al-Kurdi"));
        write("Forces loyal to Abu Ahmed al-Kurdi entered Manbij.", person("Abu Ahmed al-Kurdi"));
        write("Ahmed Saleh spoke to reporters.", person("Ahmed Saleh"));
        write("Ahmed Salem denied the report.", person("Ahmed Salem"));
        kb.resolveAcrossDocuments();
        assertThat(entityOf("Abu Ahmed al-Kurdi")).isEqualTo(entityOf("Abu Ahmad al-Kurdi"));
        assertThat(entityOf("Ahmed Saleh")).isNotEqualTo(entityOf("Ahmed Salem"));

        write("Syrian businessman George Haswany denies buying oil.", person("George Haswany"));
        kb.resolveAcrossDocuments();
        assertThat(entityOf("George Haswany")).isEqualTo(HASWANI);
        EntityDecisions decisions = new EntityDecisions(store);
        String other = decisions.split(HASWANI, List.of("George Haswany"), "a namesake", "analyst").otherId();
        assertThat(entityOf("George Haswany")).isEqualTo(other);

        // re-extraction and re-resolution must not undo the analyst's split
        write("Syrian businessman George Haswany denies buying oil.", person("George Haswany"));
        kb.resolveAcrossDocuments();
        decisions.reapply();
        assertThat(entityOf("George Haswany")).isEqualTo(other);
    }

    private record Named(EntityType type, String name) {
    }

    private static Named person(String name) {
        return new Named(EntityType.PERSON, name);
    }

    private static Named company(String name) {
        return new Named(EntityType.COMPANY, name);
    }

    private static Named org(String name) {
        return new Named(EntityType.ORGANIZATION, name);
    }

    private void write(String text, Named... named) {
        Document doc = Document.of("d" + text.hashCode(), DocDate.UNKNOWN, "text/plain", text);
        List<Entity> entities = new ArrayList<>();
        for (Named n : named) {
            int at = text.indexOf(n.name());
            entities.add(new Entity("e" + (entities.size() + 1), n.type(), n.name(), List.of(),
                    List.of(Span.of(text, at, at + n.name().length())), List.of()));
        }
        DocumentExtraction x = new DocumentExtraction(doc.id(), 0, doc.title(), DocDate.UNKNOWN, entities, List.of(),
                List.of(), List.of());
        store.inTransaction(tx -> {
            tx.insertDocumentIfAbsent(doc, "test", Instant.EPOCH);
            writer.write(tx, doc.id(), x, Instant.EPOCH);
            return null;
        });
    }

    private String entityOf(String name) {
        List<List<String>> ids = rows("SELECT DISTINCT entity_id FROM statement WHERE prop = 'name' AND prop_value = '"
                + name.replace("'", "''") + "' AND document_id IS NOT NULL");
        assertThat(ids).as("entities named " + name).hasSize(1);
        return ids.getFirst().getFirst();
    }

    private List<List<String>> rows(String sql) {
        return store.query(c -> {
            try (PreparedStatement ps = c.prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
                List<List<String>> out = new ArrayList<>();
                while (rs.next()) {
                    List<String> row = new ArrayList<>();
                    for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
                        row.add(rs.getString(i).trim());
                    }
                    out.add(row);
                }
                return out;
            }
        });
    }
}
