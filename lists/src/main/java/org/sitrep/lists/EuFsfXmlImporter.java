package org.sitrep.lists;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The EU's consolidated financial sanctions file (FSF XML: {@code export/sanctionEntity}). Most facts are
 * attributes: {@code nameAlias/@wholeName}, {@code birthdate/@birthdate}, {@code citizenship/@countryIso2Code}.
 * Ids are the entities' {@code logicalId}.
 */
final class EuFsfXmlImporter {

    static final String LIST_ID = "eu-fsf";
    static final String FORMAT = "eu-fsf-xml";

    ListSnapshot read(Path file) throws ListFormatException {
        byte[] bytes = ListFiles.bytes(file);
        Map<String, EntityBuilder> entities = new LinkedHashMap<>();
        String root = XmlNode.stream(file, bytes, List.of("sanctionEntity"), node -> {
            EntityBuilder entity = entity(file, node);
            if (entities.putIfAbsent(entity.id, entity) != null) {
                throw new ListFormatException(file, node.line, "duplicate logicalId " + entity.id);
            }
        });
        if (!"export".equals(root)) {
            throw new ListFormatException(file, 1, "not an EU financial sanctions export (root element " + root + ")");
        }
        List<ListEntity> built = entities.values().stream().map(EntityBuilder::build).toList();
        return new ListSnapshot(LIST_ID, FORMAT, ListFiles.sha256(bytes), file, built);
    }

    private static EntityBuilder entity(Path file, XmlNode node) throws ListFormatException {
        String id = node.attribute("logicalId");
        if (id == null) {
            throw new ListFormatException(file, node.line, "sanctionEntity without logicalId");
        }
        XmlNode subject = node.child("subjectType");
        String code = subject == null ? "" : String.valueOf(subject.attribute("code")).toLowerCase(Locale.ROOT);
        String schema = code.equals("person") ? "Person" : "Organization";
        EntityBuilder entity = new EntityBuilder(LIST_ID, id, schema, file.getFileName() + ":" + node.line);
        boolean first = true;
        for (XmlNode alias : node.children("nameAlias")) {
            String whole = alias.attribute("wholeName");
            if (whole == null) {
                whole = join(" ", alias.attribute("firstName"), alias.attribute("middleName"), alias.attribute("lastName"));
            }
            if (whole == null) {
                continue;
            }
            if (first) {
                // The first name alias is the name the regulation lists the party under.
                entity.name(whole);
                entity.nameParts("title", alias.attribute("title"));
                entity.nameParts("given", alias.attribute("firstName"));
                entity.nameParts("middle", alias.attribute("middleName"));
                entity.nameParts("family", alias.attribute("lastName"));
                first = false;
            } else {
                entity.alias(whole, !"false".equalsIgnoreCase(alias.attribute("strong")));
            }
        }
        if (entity.name == null) {
            throw new ListFormatException(file, node.line, "sanctionEntity " + id + " has no name");
        }
        for (XmlNode regulation : node.children("regulation")) {
            EntityBuilder.add(entity.programs, regulation.attribute("programme"));
            String date = Dates.normalise(regulation.attribute("entryIntoForceDate"));
            if (date == null) {
                date = Dates.normalise(regulation.attribute("publicationDate"));
            }
            if (date != null && (entity.listedOn == null || date.compareTo(entity.listedOn) < 0)) {
                entity.listedOn = date;
            }
        }
        for (XmlNode birth : node.children("birthdate")) {
            String date = Dates.normalise(birth.attribute("birthdate"));
            if (date == null && birth.attribute("year") != null) {
                date = birth.attribute("monthOfYear") == null ? birth.attribute("year")
                        : Dates.normalise(birth.attribute("year") + "-" + twoDigits(birth.attribute("monthOfYear")));
            }
            EntityBuilder.add(entity.birthDates, date);
            EntityBuilder.add(entity.birthPlaces, join(", ", birth.attribute("city"), birth.attribute("place"),
                    birth.attribute("region"), countryName(birth)));
        }
        for (XmlNode citizenship : node.children("citizenship")) {
            String iso = citizenship.attribute("countryIso2Code");
            entity.nationality(iso != null && !iso.equals("00") ? iso : citizenship.attribute("countryDescription"));
        }
        for (XmlNode identification : node.children("identification")) {
            String type = identification.attribute("identificationTypeDescription");
            if (type == null) {
                type = identification.attribute("identificationTypeCode");
            }
            String iso = identification.attribute("countryIso2Code");
            entity.identifier(type, identification.attribute("number"),
                    iso != null && !iso.equals("00") ? iso : identification.attribute("countryDescription"));
        }
        for (XmlNode address : node.children("address")) {
            EntityBuilder.add(entity.addresses, join(", ", address.attribute("street"), address.attribute("poBox"),
                    address.attribute("city"), address.attribute("zipCode"), address.attribute("region"),
                    address.attribute("place"), countryName(address)));
        }
        for (XmlNode remark : node.children("remark")) {
            entity.remark(remark.text());
        }
        return entity;
    }

    private static String countryName(XmlNode node) {
        String description = node.attribute("countryDescription");
        return description == null || description.equals("UNKNOWN") ? null : description;
    }

    private static String twoDigits(String month) {
        return month.length() == 1 ? "0" + month : month;
    }

    private static String join(String separator, String... parts) {
        List<String> present = new ArrayList<>();
        for (String part : parts) {
            String v = EntityBuilder.clean(part);
            if (v != null) {
                present.add(v);
            }
        }
        return present.isEmpty() ? null : String.join(separator, present);
    }
}
