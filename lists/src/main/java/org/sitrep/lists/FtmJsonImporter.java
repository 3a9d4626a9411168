package org.sitrep.lists;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import tech.followthemoney.model.Model;
import tech.followthemoney.model.Schema;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * FollowTheMoney entities, one JSON object a line, as OpenSanctions publishes them
 * ({@code {"id":..., "schema":"Person", "properties":{"name":[...]}, "datasets":[...]}}). Parties (legal entities
 * and vehicles) become list entities; {@code Sanction} entities add their programme and listing date to the party
 * they point to; identity documents, addresses and relationships (edges such as Ownership or Family) are folded into
 * the parties they concern. Schema names are checked against the FollowTheMoney model.
 */
final class FtmJsonImporter {

    static final String FORMAT = "ftm-json";

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Model model;
    private final Schema legalEntity;
    private final Schema vehicle;

    FtmJsonImporter() {
        try {
            model = Model.loadDefault();
        } catch (IOException e) {
            throw new UncheckedIOException("the FollowTheMoney model cannot be loaded", e);
        }
        legalEntity = model.getSchema("LegalEntity");
        vehicle = model.getSchema("Vehicle");
    }

    /** True when the first line of {@code head} is a FollowTheMoney entity. */
    static boolean recognises(String head) {
        int newline = head.indexOf('\n');
        String first = (newline < 0 ? head : head.substring(0, newline)).strip();
        if (!first.startsWith("{")) {
            return false;
        }
        try {
            JsonNode node = JSON.readTree(first);
            return node.hasNonNull("id") && node.hasNonNull("schema") && node.has("properties");
        } catch (JsonProcessingException e) {
            return false;
        }
    }

    ListSnapshot read(Path file) throws ListFormatException {
        byte[] bytes = ListFiles.bytes(file);
        String[] lines = ListFiles.decode(bytes).split("\r?\n", -1);
        Map<String, EntityBuilder> parties = new LinkedHashMap<>();
        List<Parsed> others = new ArrayList<>();
        Map<String, Integer> datasets = new HashMap<>();
        String listId = null;
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty()) {
                continue;
            }
            int lineNumber = i + 1;
            JsonNode node;
            try {
                node = JSON.readTree(line);
            } catch (JsonProcessingException e) {
                throw new ListFormatException(file, lineNumber, "malformed JSON: " + e.getOriginalMessage(), e);
            }
            String id = node.path("id").asText(null);
            String schemaName = node.path("schema").asText(null);
            if (id == null || schemaName == null || !node.path("properties").isObject()) {
                throw new ListFormatException(file, lineNumber,
                        "not a FollowTheMoney entity (needs id, schema and properties)");
            }
            Schema schema = model.getSchema(schemaName);
            if (schema == null) {
                throw new ListFormatException(file, lineNumber, "unknown FollowTheMoney schema '" + schemaName + "'");
            }
            Parsed parsed = new Parsed(id, schema, node.path("properties"), lineNumber);
            if (schema.isA(legalEntity) || schema.isA(vehicle)) {
                for (JsonNode dataset : node.path("datasets")) {
                    datasets.merge(dataset.asText(), 1, Integer::sum);
                }
                parties.put(id, null);
                others.add(parsed);
            } else {
                others.add(parsed);
            }
        }
        if (parties.isEmpty()) {
            throw new ListFormatException(file, 0, "no parties (Person, Organization, Vessel...) in this file");
        }
        listId = datasets.entrySet().stream().max(Map.Entry.<String, Integer>comparingByValue()
                .thenComparing(Map.Entry.comparingByKey())).map(Map.Entry::getKey).orElse(stem(file));
        for (Parsed p : others) {
            if (parties.containsKey(p.id) && parties.get(p.id) == null) {
                parties.put(p.id, party(listId, file, p));
            }
        }
        Map<String, String> addresses = new HashMap<>();
        for (Parsed p : others) {
            if (p.schema.getName().equals("Address")) {
                String full = first(p.properties, "full");
                addresses.put(p.id, full != null ? full : String.join(", ", all(p.properties, "street", "city",
                        "postalCode", "country")));
            }
        }
        for (Parsed p : others) {
            if (parties.containsKey(p.id)) {
                EntityBuilder party = parties.get(p.id);
                for (String addressId : all(p.properties, "addressEntity")) {
                    EntityBuilder.add(party.addresses, addresses.get(addressId));
                }
                continue;
            }
            attach(p, parties);
        }
        List<ListEntity> built = parties.values().stream().map(EntityBuilder::build).toList();
        return new ListSnapshot(listId, FORMAT, ListFiles.sha256(bytes), file, built);
    }

    private record Parsed(String id, Schema schema, JsonNode properties, int line) {
    }

    private static EntityBuilder party(String listId, Path file, Parsed p) throws ListFormatException {
        EntityBuilder entity = new EntityBuilder(listId, p.id, p.schema.getName(), file.getFileName() + ":" + p.line);
        List<String> names = all(p.properties, "name");
        if (names.isEmpty()) {
            throw new ListFormatException(file, p.line, p.schema.getName() + " " + p.id + " has no name");
        }
        for (String name : names) {
            entity.name(name);
        }
        for (String alias : all(p.properties, "alias")) {
            entity.alias(alias, true);
        }
        for (String alias : all(p.properties, "weakAlias")) {
            entity.alias(alias, false);
        }
        for (String previous : all(p.properties, "previousName")) {
            EntityBuilder.add(entity.previousNames, previous);
        }
        String[][] parts = {{"title", "title"}, {"firstName", "given"}, {"secondName", "middle"},
                {"middleName", "middle"}, {"fatherName", "patronymic"}, {"motherName", "matronymic"},
                {"lastName", "family"}};
        for (String[] part : parts) {
            for (String value : all(p.properties, part[0])) {
                entity.nameParts(part[1], value);
            }
        }
        for (String date : all(p.properties, "birthDate")) {
            EntityBuilder.add(entity.birthDates, Dates.normalise(date));
        }
        for (String place : all(p.properties, "birthPlace")) {
            EntityBuilder.add(entity.birthPlaces, place);
        }
        for (String property : List.of("nationality", "citizenship", "jurisdiction", "flag")) {
            for (String country : all(p.properties, property)) {
                entity.nationality(country.length() == 2 ? country.toUpperCase(Locale.ROOT) : country);
            }
        }
        for (String property : List.of("idNumber", "passportNumber", "taxNumber", "registrationNumber", "innCode",
                "ogrnCode", "leiCode", "swiftBic", "imoNumber", "mmsi", "callSign", "registrationNumber")) {
            for (String number : all(p.properties, property)) {
                entity.identifier(property, number, null);
            }
        }
        for (String address : all(p.properties, "address")) {
            EntityBuilder.add(entity.addresses, address);
        }
        for (String program : all(p.properties, "program")) {
            EntityBuilder.add(entity.programs, program);
        }
        for (String note : all(p.properties, "notes")) {
            entity.remark(note);
        }
        return entity;
    }

    /** Folds a non-party entity into the parties it concerns. */
    private static void attach(Parsed p, Map<String, EntityBuilder> parties) {
        String schema = p.schema.getName();
        if (schema.equals("Sanction")) {
            for (String partyId : all(p.properties, "entity")) {
                EntityBuilder party = parties.get(partyId);
                if (party == null) {
                    continue;
                }
                for (String program : all(p.properties, "program")) {
                    EntityBuilder.add(party.programs, program);
                }
                for (String program : all(p.properties, "programId")) {
                    EntityBuilder.add(party.programs, program);
                }
                for (String property : List.of("listingDate", "startDate", "date")) {
                    for (String date : all(p.properties, property)) {
                        String d = Dates.normalise(date);
                        if (d != null && d.length() == 10 && (party.listedOn == null || d.compareTo(party.listedOn) < 0)) {
                            party.listedOn = d;
                        }
                    }
                }
                for (String reason : all(p.properties, "reason")) {
                    party.remark(reason);
                }
            }
        } else if (schema.equals("Passport") || schema.equals("Identification")) {
            for (String holder : all(p.properties, "holder")) {
                EntityBuilder party = parties.get(holder);
                if (party != null) {
                    String type = first(p.properties, "type");
                    String country = first(p.properties, "country");
                    for (String number : all(p.properties, "number")) {
                        party.identifier(type != null ? type : schema, number,
                                country == null ? null : country.length() == 2 ? country.toUpperCase(Locale.ROOT) : country);
                    }
                }
            }
        } else if (p.schema.isEdge() && p.schema.getEdge().isPresent()) {
            var edge = p.schema.getEdge().get();
            List<String> sources = all(p.properties, edge.getSourceProperty().getName());
            List<String> targets = all(p.properties, edge.getTargetProperty().getName());
            for (String source : sources) {
                for (String target : targets) {
                    EntityBuilder from = parties.get(source);
                    EntityBuilder to = parties.get(target);
                    if (from != null && to != null && from != to) {
                        from.linkedTo.add(to.id);
                        to.linkedTo.add(from.id);
                    }
                }
            }
        }
    }

    /** Values of a property; FollowTheMoney properties are lists of strings, sometimes nested entities. */
    private static List<String> all(JsonNode properties, String... names) {
        List<String> out = new ArrayList<>();
        for (String name : names) {
            for (JsonNode value : properties.path(name)) {
                if (value.isTextual()) {
                    out.add(value.asText());
                } else if (value.isObject() && value.hasNonNull("id")) {
                    out.add(value.get("id").asText());
                }
            }
        }
        return out;
    }

    private static String first(JsonNode properties, String name) {
        List<String> values = all(properties, name);
        return values.isEmpty() ? null : values.get(0);
    }

    private static String stem(Path file) {
        String name = file.getFileName().toString();
        int dot = name.indexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }
}
