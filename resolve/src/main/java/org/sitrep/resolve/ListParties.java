package org.sitrep.resolve;

import org.sitrep.lists.ListEntity;
import org.sitrep.lists.ListSnapshot;
import org.sitrep.model.Hashing;
import org.sitrep.model.Link;
import org.sitrep.model.Provenance;
import org.sitrep.model.Statement;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns a list snapshot into knowledge-base facts: one entity per listed party (id {@code listId:recordId}) whose
 * every property is a FollowTheMoney statement pointing at its list record; a Sanction entity per designation; a
 * {@code sanctioned_by} link from each party to the designating authority, and {@code associate} links for the list's
 * own "linked to" references.
 */
final class ListParties {

    /** Everything one snapshot contributes. {@code entities} maps id to {schema, caption}. */
    record Facts(Map<String, String[]> entities, List<Statement> statements, List<Link> links) {
    }

    static final String ORIGIN = "sitrep-resolve/lists";

    private final Authorities authorities = new Authorities();

    /** The knowledge-base id of a listed party. */
    static String entityId(String listId, String recordId) {
        return listId + ":" + recordId;
    }

    Facts facts(ListSnapshot snapshot, Instant now) {
        Map<String, String[]> entities = new LinkedHashMap<>();
        List<Statement> statements = new ArrayList<>();
        List<Link> links = new ArrayList<>();
        var authority = authorities.of(snapshot.listId());
        authority.ifPresent(a -> entities.put(a.entityId(), new String[] {a.schema(), a.name()}));
        for (ListEntity party : snapshot.entities()) {
            String id = entityId(party.listId(), party.id());
            Provenance.FromList evidence = new Provenance.FromList(party.listId(), party.id(), ORIGIN, now);
            entities.put(id, new String[] {party.schema(), party.name()});
            Properties props = new Properties(id, party.schema(), party.listId(), evidence, statements);
            props.add("name", party.name());
            party.strongAliases().forEach(v -> props.add("alias", v));
            party.weakAliases().forEach(v -> props.add("weakAlias", v));
            party.previousNames().forEach(v -> props.add("previousName", v));
            party.nationalities().forEach(v -> props.add(isPerson(party) ? "nationality" : "country", v.toLowerCase()));
            party.addresses().forEach(v -> props.add("address", v));
            if (isPerson(party)) {
                party.birthDates().forEach(v -> props.add("birthDate", v));
                party.birthPlaces().forEach(v -> props.add("birthPlace", v));
                for (ListEntity.NamePart part : party.nameParts()) {
                    switch (part.type()) {
                        case "given" -> props.add("firstName", part.value());
                        case "family" -> props.add("lastName", part.value());
                        case "middle" -> props.add("middleName", part.value());
                        case "patronymic" -> props.add("fatherName", part.value());
                        default -> { }
                    }
                }
            }
            for (ListEntity.Identifier doc : party.identifiers()) {
                boolean passport = doc.type() != null && doc.type().toLowerCase().contains("passport");
                props.add(passport && isPerson(party) ? "passportNumber" : "idNumber", doc.number());
            }
            if (party.remarks() != null && !party.remarks().isBlank()) {
                props.add("notes", party.remarks());
            }
            props.add("topics", "sanction");

            String sanctionId = id + ":sanction";
            entities.put(sanctionId, new String[] {"Sanction", "Designation of " + party.name()});
            Properties sanction = new Properties(sanctionId, "Sanction", party.listId(), evidence, statements);
            sanction.add("entity", id);
            party.programs().forEach(p -> sanction.add("program", p));
            if (party.listedOn() != null) {
                sanction.add("listingDate", party.listedOn());
            }
            authority.ifPresent(a -> {
                sanction.add("authority", a.name());
                links.add(new Link(linkId("sanctioned_by", id, a.entityId(), party.id()), "sanctioned_by", id,
                        a.entityId(), "asserted", null, evidence));
            });
            for (String other : party.linkedTo()) {
                String otherId = entityId(party.listId(), other);
                links.add(new Link(linkId("associate", id, otherId, party.id()), "associate", id, otherId, "asserted",
                        null, evidence));
            }
        }
        return new Facts(entities, statements, links);
    }

    private static boolean isPerson(ListEntity party) {
        return "Person".equals(party.schema());
    }

    private static String linkId(String type, String subject, String object, String recordId) {
        return "l-" + Hashing.sha256(String.join("\u001f", type, subject, object, recordId)).substring(0, 32);
    }

    /** Collects statements of one entity from one list record, skipping blanks. */
    private record Properties(String entityId, String schema, String dataset, Provenance evidence, List<Statement> out) {
        void add(String property, String value) {
            if (value != null && !value.isBlank()) {
                out.add(new Statement(entityId, schema, property, value.strip(), dataset, evidence));
            }
        }
    }
}
