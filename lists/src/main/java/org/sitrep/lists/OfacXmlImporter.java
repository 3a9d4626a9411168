package org.sitrep.lists;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * OFAC's SDN XML ({@code sdn.xml}: {@code sdnList/sdnEntry}). Names are written "LAST, First" as in the CSV files, so
 * that both formats give the same entities.
 */
final class OfacXmlImporter {

    static final String FORMAT = "ofac-xml";

    /** {@code idList} entries that are facts about the party rather than identity numbers. */
    private static final Set<String> NOT_IDENTIFIERS = Set.of("gender", "website", "email address",
            "organization established date", "organization type:", "organization type", "phone number",
            "target type", "vessel year of build", "aircraft manufacture date", "aircraft model",
            "aircraft operator", "former vessel flag", "other vessel flag", "other vessel type");

    ListSnapshot read(Path file) throws ListFormatException {
        byte[] bytes = ListFiles.bytes(file);
        Map<String, EntityBuilder> entities = new LinkedHashMap<>();
        String root = XmlNode.stream(file, bytes, List.of("sdnEntry"), node -> {
            EntityBuilder entity = entity(file, node);
            if (entities.putIfAbsent(entity.id, entity) != null) {
                throw new ListFormatException(file, node.line, "duplicate uid " + entity.id);
            }
        });
        if (!"sdnList".equals(root)) {
            throw new ListFormatException(file, 1, "not an OFAC sdnList (root element " + root + ")");
        }
        LinkResolver.resolve(entities.values());
        List<ListEntity> built = entities.values().stream().map(EntityBuilder::build).toList();
        return new ListSnapshot(OfacCsvImporter.LIST_ID, FORMAT, ListFiles.sha256(bytes), file, built);
    }

    private static EntityBuilder entity(Path file, XmlNode node) throws ListFormatException {
        String id = node.text("uid");
        if (id == null) {
            throw new ListFormatException(file, node.line, "sdnEntry without uid");
        }
        String type = node.text("sdnType");
        String schema = type == null ? "Organization" : switch (type.toLowerCase(Locale.ROOT)) {
            case "individual" -> "Person";
            case "vessel" -> "Vessel";
            case "aircraft" -> "Airplane";
            default -> "Organization";
        };
        EntityBuilder entity = new EntityBuilder(OfacCsvImporter.LIST_ID, id, schema, file.getFileName() + ":" + node.line);
        String name = fullName(node.text("lastName"), node.text("firstName"));
        if (name == null) {
            throw new ListFormatException(file, node.line, "sdnEntry " + id + " has no name");
        }
        entity.name(name);
        if (schema.equals("Person")) {
            entity.nameParts("family", node.text("lastName"));
            entity.nameParts("given", node.text("firstName"));
        }
        String title = node.text("title");
        if (title != null) {
            entity.remark("Title: " + title);
        }
        for (XmlNode program : node.all("programList", "program")) {
            EntityBuilder.add(entity.programs, program.text());
        }
        for (XmlNode aka : node.all("akaList", "aka")) {
            String akaName = fullName(aka.text("lastName"), aka.text("firstName"));
            String akaType = aka.text("type") == null ? "a.k.a." : aka.text("type").toLowerCase(Locale.ROOT);
            if (akaType.startsWith("f.k.a")) {
                EntityBuilder.add(entity.previousNames, akaName);
            } else {
                entity.alias(akaName, !"weak".equalsIgnoreCase(aka.text("category")));
            }
        }
        for (XmlNode id2 : node.all("idList", "id")) {
            String idType = id2.text("idType");
            String number = id2.text("idNumber");
            if (idType == null || number == null) {
                continue;
            }
            String lower = idType.toLowerCase(Locale.ROOT);
            if (lower.startsWith("linked to")) {
                EntityBuilder.add(entity.linkedNames, number);
            } else if (NOT_IDENTIFIERS.contains(lower) || lower.startsWith("additional sanctions information")
                    || lower.startsWith("secondary sanctions risk") || lower.startsWith("transactions prohibited")
                    || lower.startsWith("executive order") || lower.startsWith("caatsa")) {
                entity.remark(idType + " " + number);
            } else {
                String country = id2.text("idCountry");
                entity.identifier(idType, number, country == null ? null : Countries.code(country));
            }
        }
        for (XmlNode address : node.all("addressList", "address")) {
            List<String> parts = new ArrayList<>();
            for (String element : List.of("address1", "address2", "address3", "city", "stateOrProvince",
                    "postalCode", "country")) {
                String v = address.text(element);
                if (v != null) {
                    parts.add(v);
                }
            }
            if (!parts.isEmpty()) {
                entity.addresses.add(String.join(", ", parts));
            }
        }
        for (XmlNode nationality : node.all("nationalityList", "nationality")) {
            entity.nationality(nationality.text("country"));
        }
        for (XmlNode citizenship : node.all("citizenshipList", "citizenship")) {
            entity.nationality(citizenship.text("country"));
        }
        for (XmlNode dob : node.all("dateOfBirthList", "dateOfBirthItem")) {
            EntityBuilder.add(entity.birthDates, Dates.normalise(dob.text("dateOfBirth")));
        }
        for (XmlNode pob : node.all("placeOfBirthList", "placeOfBirthItem")) {
            EntityBuilder.add(entity.birthPlaces, pob.text("placeOfBirth"));
        }
        XmlNode vessel = node.child("vesselInfo");
        if (vessel != null) {
            String callSign = vessel.text("callSign");
            if (callSign != null) {
                entity.identifier("Call Sign", callSign, null);
            }
            for (String element : List.of("vesselType", "vesselFlag", "vesselOwner", "tonnage",
                    "grossRegisteredTonnage")) {
                String v = vessel.text(element);
                if (v != null) {
                    entity.remark(element + ": " + v);
                }
            }
        }
        String remarks = node.text("remarks");
        if (remarks != null) {
            // sdn.xml wraps remarks in parentheses, e.g. "(Linked To: USA REALLY)".
            String inner = remarks.startsWith("(") && remarks.endsWith(")")
                    ? remarks.substring(1, remarks.length() - 1) : remarks;
            OfacRemarks.apply(inner, entity);
            entity.remark(remarks);
        }
        return entity;
    }

    /** "LAST, First" for people; just the last name for everything else (where OFAC puts entity names). */
    static String fullName(String last, String first) {
        String l = EntityBuilder.clean(last);
        String f = EntityBuilder.clean(first);
        if (l == null) {
            return f;
        }
        return f == null ? l : l + ", " + f;
    }
}
