package org.sitrep.lists;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The UN Security Council consolidated list ({@code CONSOLIDATED_LIST} with {@code INDIVIDUALS/INDIVIDUAL} and
 * {@code ENTITIES/ENTITY}). Ids are the REFERENCE_NUMBER (e.g. {@code QDi.001}), else the DATAID.
 */
final class UnXmlImporter {

    static final String LIST_ID = "un-sc";
    static final String FORMAT = "un-xml";

    ListSnapshot read(Path file) throws ListFormatException {
        byte[] bytes = ListFiles.bytes(file);
        Map<String, EntityBuilder> entities = new LinkedHashMap<>();
        String root = XmlNode.stream(file, bytes, List.of("INDIVIDUAL", "ENTITY"), node -> {
            EntityBuilder entity = entity(file, node);
            if (entities.putIfAbsent(entity.id, entity) != null) {
                throw new ListFormatException(file, node.line, "duplicate reference number " + entity.id);
            }
        });
        if (!"CONSOLIDATED_LIST".equals(root)) {
            throw new ListFormatException(file, 1, "not a UN consolidated list (root element " + root + ")");
        }
        List<ListEntity> built = entities.values().stream().map(EntityBuilder::build).toList();
        return new ListSnapshot(LIST_ID, FORMAT, ListFiles.sha256(bytes), file, built);
    }

    private static EntityBuilder entity(Path file, XmlNode node) throws ListFormatException {
        boolean person = node.name.equals("INDIVIDUAL");
        String id = node.text("REFERENCE_NUMBER");
        if (id == null) {
            id = node.text("DATAID");
        }
        if (id == null) {
            throw new ListFormatException(file, node.line, node.name + " has neither REFERENCE_NUMBER nor DATAID");
        }
        EntityBuilder entity = new EntityBuilder(LIST_ID, id, person ? "Person" : "Organization",
                file.getFileName() + ":" + node.line);
        List<String> parts = new ArrayList<>();
        for (String element : List.of("FIRST_NAME", "SECOND_NAME", "THIRD_NAME", "FOURTH_NAME")) {
            String part = node.text(element);
            if (part != null) {
                parts.add(part);
            }
        }
        if (parts.isEmpty()) {
            throw new ListFormatException(file, node.line, node.name + " " + id + " has no name");
        }
        entity.name(String.join(" ", parts));
        if (person) {
            nameParts(parts, entity);
            for (XmlNode title : node.all("TITLE", "VALUE")) {
                entity.nameParts("title", title.text());
            }
        }
        EntityBuilder.add(entity.strongAliases, node.text("NAME_ORIGINAL_SCRIPT"));
        for (XmlNode alias : node.children(person ? "INDIVIDUAL_ALIAS" : "ENTITY_ALIAS")) {
            String name = alias.text("ALIAS_NAME");
            String quality = alias.text("QUALITY");
            String q = quality == null ? "" : quality.toLowerCase(Locale.ROOT);
            if (q.equals("f.k.a.")) {
                EntityBuilder.add(entity.previousNames, name);
            } else {
                entity.alias(name, !q.equals("low"));
            }
        }
        for (XmlNode value : node.all("NATIONALITY", "VALUE")) {
            entity.nationality(value.text());
        }
        EntityBuilder.add(entity.programs, node.text("UN_LIST_TYPE"));
        entity.listedOn = Dates.normalise(node.text("LISTED_ON"));
        for (XmlNode dob : node.children("INDIVIDUAL_DATE_OF_BIRTH")) {
            birthDate(dob, entity);
        }
        for (XmlNode pob : node.children("INDIVIDUAL_PLACE_OF_BIRTH")) {
            EntityBuilder.add(entity.birthPlaces, join(pob, "CITY", "STATE_PROVINCE", "COUNTRY"));
        }
        for (XmlNode doc : node.children("INDIVIDUAL_DOCUMENT")) {
            String type = doc.text("TYPE_OF_DOCUMENT");
            String type2 = doc.text("TYPE_OF_DOCUMENT2");
            String country = doc.text("ISSUING_COUNTRY") != null ? doc.text("ISSUING_COUNTRY") : doc.text("COUNTRY_OF_ISSUE");
            entity.identifier(type2 == null ? type : type == null ? type2 : type + " (" + type2 + ")",
                    doc.text("NUMBER"), country == null ? null : Countries.code(country));
        }
        for (XmlNode address : node.children(person ? "INDIVIDUAL_ADDRESS" : "ENTITY_ADDRESS")) {
            EntityBuilder.add(entity.addresses, join(address, "STREET", "CITY", "STATE_PROVINCE", "ZIP_CODE", "COUNTRY"));
        }
        for (XmlNode designation : node.all("DESIGNATION", "VALUE")) {
            entity.remark("Designation: " + designation.text());
        }
        entity.remark(node.text("COMMENTS1"));
        return entity;
    }

    /**
     * The UN writes names as FIRST_NAME .. FOURTH_NAME in the order they are spoken. The first is the given name and
     * the last the family name; any in between are middle names.
     */
    private static void nameParts(List<String> parts, EntityBuilder entity) {
        for (int i = 0; i < parts.size(); i++) {
            String type = i == 0 ? "given" : i == parts.size() - 1 ? "family" : "middle";
            entity.nameParts(type, parts.get(i));
        }
    }

    private static void birthDate(XmlNode dob, EntityBuilder entity) {
        String type = dob.text("TYPE_OF_DATE");
        String from = dob.text("FROM_YEAR");
        String to = dob.text("TO_YEAR");
        if ("BETWEEN".equalsIgnoreCase(type) && from != null && to != null) {
            EntityBuilder.add(entity.birthDates, Dates.normalise(from + " to " + to));
            return;
        }
        String date = dob.text("DATE") != null ? dob.text("DATE") : dob.text("YEAR");
        String normal = Dates.normalise(date);
        if (normal != null) {
            entity.birthDates.add(normal);
        }
    }

    private static String join(XmlNode node, String... elements) {
        List<String> parts = new ArrayList<>();
        for (String element : elements) {
            String v = node.text(element);
            if (v != null) {
                parts.add(v);
            }
        }
        return parts.isEmpty() ? null : String.join(", ", parts);
    }
}
