package org.sitrep.lists;

import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * OFAC's SDN Advanced XML ({@code sdn_advanced.xml}, root {@code Sanctions}). Everything is normalised through
 * reference tables: a party's alias types, name part types, feature types, countries and locations are ids into
 * {@code ReferenceValueSets} and {@code Locations}; its documents sit in {@code IDRegDocuments}; its programmes in
 * {@code SanctionsEntries}; its links in {@code ProfileRelationships}. The parts are read in one pass and joined at
 * the end. Ids are the parties' {@code FixedRef}, which is OFAC's ent_num, so both OFAC formats agree.
 *
 * <p>An instance collects one file's parts while reading it: use a new one for each file.
 */
final class OfacAdvancedXmlImporter {

    static final String FORMAT = "ofac-advanced-xml";

    /** Reference values by element name (e.g. "AliasType") and ID. */
    private final Map<String, Map<String, XmlNode>> reference = new HashMap<>();
    private final Map<String, String> locations = new HashMap<>();
    private final Map<String, List<XmlNode>> documentsByIdentity = new LinkedHashMap<>();
    /** Parties met before the reference values they need; OFAC writes the references first, so usually none. */
    private final List<XmlNode> pendingParties = new ArrayList<>();
    private final Map<String, EntityBuilder> byId = new LinkedHashMap<>();
    private final Map<String, EntityBuilder> byProfile = new HashMap<>();
    private final Map<String, EntityBuilder> byIdentity = new HashMap<>();
    /** Features wait for the end, when every location is known; a party's tree is not kept (the file is large). */
    private final List<Map.Entry<EntityBuilder, XmlNode>> features = new ArrayList<>();
    private final List<XmlNode> relationships = new ArrayList<>();
    private final List<XmlNode> sanctionsEntries = new ArrayList<>();

    ListSnapshot read(Path file) throws ListFormatException {
        byte[] bytes = ListFiles.bytes(file);
        String root = XmlNode.stream(file, bytes, List.of("ReferenceValueSets", "Location", "IDRegDocument",
                "DistinctParty", "ProfileRelationship", "SanctionsEntry"), node -> {
            switch (node.name) {
                case "ReferenceValueSets" -> {
                    for (XmlNode set : node.children) {
                        for (XmlNode value : set.children) {
                            if (value.attribute("ID") != null) {
                                reference.computeIfAbsent(value.name, k -> new HashMap<>()).put(value.attribute("ID"), value);
                            }
                        }
                    }
                }
                case "Location" -> {
                    if (node.attribute("ID") != null) {
                        locations.put(node.attribute("ID"), location(node));
                    }
                }
                case "IDRegDocument" -> documentsByIdentity.computeIfAbsent(
                        String.valueOf(node.attribute("IdentityID")), k -> new ArrayList<>()).add(node);
                case "DistinctParty" -> {
                    if (reference.isEmpty()) {
                        pendingParties.add(node);
                    } else {
                        addParty(file, node);
                    }
                }
                case "ProfileRelationship" -> relationships.add(node);
                case "SanctionsEntry" -> sanctionsEntries.add(node);
                default -> {
                }
            }
        });
        if (!"Sanctions".equals(root)) {
            throw new ListFormatException(file, 1, "not an OFAC advanced sanctions file (root element " + root + ")");
        }
        for (XmlNode party : pendingParties) {
            addParty(file, party);
        }
        documentsByIdentity.forEach((identityId, documents) -> {
            EntityBuilder entity = byIdentity.get(identityId);
            if (entity != null) {
                for (XmlNode document : documents) {
                    String country = value("Country", document.attribute("IssuedBy-CountryID"));
                    entity.identifier(value("IDRegDocType", document.attribute("IDRegDocTypeID")),
                            document.text("IDRegistrationNo"), country == null ? null : Countries.code(country));
                }
            }
        });
        for (Map.Entry<EntityBuilder, XmlNode> feature : features) {
            feature(feature.getValue(), feature.getKey());
        }
        for (XmlNode entry : sanctionsEntries) {
            EntityBuilder entity = byProfile.get(entry.attribute("ProfileID"));
            if (entity == null) {
                continue;
            }
            for (XmlNode measure : entry.children("SanctionsMeasure")) {
                String type = value("SanctionsType", measure.attribute("SanctionsTypeID"));
                if (type == null || type.equalsIgnoreCase("Program")) {
                    EntityBuilder.add(entity.programs, measure.text("Comment"));
                }
            }
            for (XmlNode event : entry.children("EntryEvent")) {
                String date = date(event.child("Date"));
                if (date != null && (entity.listedOn == null || date.compareTo(entity.listedOn) < 0)) {
                    entity.listedOn = date;
                }
            }
        }
        for (XmlNode relationship : relationships) {
            EntityBuilder from = byProfile.get(relationship.attribute("From-ProfileID"));
            EntityBuilder to = byProfile.get(relationship.attribute("To-ProfileID"));
            if (from != null && to != null && from != to) {
                from.linkedTo.add(to.id);
            }
        }
        List<ListEntity> built = byId.values().stream().map(EntityBuilder::build).toList();
        return new ListSnapshot(OfacCsvImporter.LIST_ID, FORMAT, ListFiles.sha256(bytes), file, built);
    }

    private void addParty(Path file, XmlNode party) throws ListFormatException {
        EntityBuilder entity = party(file, party);
        if (byId.putIfAbsent(entity.id, entity) != null) {
            throw new ListFormatException(file, party.line, "duplicate FixedRef " + entity.id);
        }
        for (XmlNode profile : party.children("Profile")) {
            byProfile.put(profile.attribute("ID"), entity);
            for (XmlNode identity : profile.children("Identity")) {
                byIdentity.put(identity.attribute("ID"), entity);
            }
            for (XmlNode feature : profile.children("Feature")) {
                features.add(Map.entry(entity, feature));
            }
        }
    }

    private EntityBuilder party(Path file, XmlNode party) throws ListFormatException {
        String id = party.attribute("FixedRef");
        XmlNode profile = party.child("Profile");
        if (id == null || profile == null) {
            throw new ListFormatException(file, party.line, "DistinctParty without FixedRef or Profile");
        }
        EntityBuilder entity = new EntityBuilder(OfacCsvImporter.LIST_ID, id, schema(profile),
                file.getFileName() + ":" + party.line);
        boolean person = entity.schema.equals("Person");
        for (XmlNode identity : profile.children("Identity")) {
            Map<String, String> partTypes = new HashMap<>();
            for (XmlNode group : identity.descendants("NamePartGroup")) {
                String type = value("NamePartType", group.attribute("NamePartTypeID"));
                if (group.attribute("ID") != null && type != null) {
                    partTypes.put(group.attribute("ID"), type);
                }
            }
            boolean primaryIdentity = !"false".equals(identity.attribute("Primary"));
            for (XmlNode alias : identity.children("Alias")) {
                String aliasType = String.valueOf(value("AliasType", alias.attribute("AliasTypeID")))
                        .toLowerCase(Locale.ROOT).replace(".", "");
                boolean primary = primaryIdentity && "true".equals(alias.attribute("Primary"));
                boolean weak = "true".equals(alias.attribute("LowQuality"));
                for (XmlNode name : alias.children("DocumentedName")) {
                    String full = documentedName(name, partTypes, person, primary ? entity : null);
                    if (full == null) {
                        continue;
                    }
                    if (primary && entity.name == null) {
                        entity.name = full;
                    } else if (aliasType.equals("fka")) {
                        EntityBuilder.add(entity.previousNames, full);
                    } else {
                        entity.alias(full, !weak);
                    }
                }
            }
        }
        if (entity.name == null) {
            throw new ListFormatException(file, party.line, "DistinctParty " + id + " has no primary name");
        }
        return entity;
    }

    private String schema(XmlNode profile) {
        XmlNode subType = reference("PartySubType", profile.attribute("PartySubTypeID"));
        String sub = subType == null ? "" : String.valueOf(subType.text()).toLowerCase(Locale.ROOT);
        String type = subType == null ? null : value("PartyType", subType.attribute("PartyTypeID"));
        if (sub.equals("vessel")) {
            return "Vessel";
        }
        if (sub.equals("aircraft")) {
            return "Airplane";
        }
        return "individual".equalsIgnoreCase(type) ? "Person" : "Organization";
    }

    /**
     * One name from its parts. People's names are written "LAST, First Middle" like OFAC's other formats; the parts
     * go to {@code partsOf} (the primary name's entity) when given.
     */
    private String documentedName(XmlNode name, Map<String, String> partTypes, boolean person, EntityBuilder partsOf) {
        List<String> last = new ArrayList<>();
        List<String> rest = new ArrayList<>();
        for (XmlNode part : name.children("DocumentedNamePart")) {
            XmlNode value = part.child("NamePartValue");
            if (value == null || value.text() == null) {
                continue;
            }
            String type = String.valueOf(partTypes.get(value.attribute("NamePartGroupID"))).toLowerCase(Locale.ROOT);
            boolean family = type.equals("last name");
            (family && person ? last : rest).add(value.text());
            if (partsOf != null && person) {
                partsOf.nameParts(switch (type) {
                    case "last name", "maiden name" -> "family";
                    case "first name" -> "given";
                    case "middle name" -> "middle";
                    case "patronymic" -> "patronymic";
                    case "matronymic" -> "matronymic";
                    default -> "other";
                }, value.text());
            }
        }
        if (last.isEmpty() && rest.isEmpty()) {
            return null;
        }
        if (last.isEmpty()) {
            return String.join(" ", rest);
        }
        return rest.isEmpty() ? String.join(" ", last) : String.join(" ", last) + ", " + String.join(" ", rest);
    }

    private void feature(XmlNode feature, EntityBuilder entity) {
        String type = value("FeatureType", feature.attribute("FeatureTypeID"));
        if (type == null) {
            return;
        }
        String lower = type.toLowerCase(Locale.ROOT);
        for (XmlNode version : feature.children("FeatureVersion")) {
            String location = null;
            XmlNode versionLocation = version.child("VersionLocation");
            if (versionLocation != null) {
                location = locations.get(versionLocation.attribute("LocationID"));
            }
            String detail = version.text("VersionDetail");
            if (detail == null && version.child("VersionDetail") != null) {
                detail = value("DetailReference", version.child("VersionDetail").attribute("DetailReferenceID"));
            }
            switch (lower) {
                case "birthdate" -> EntityBuilder.add(entity.birthDates, period(version.child("DatePeriod")));
                case "place of birth" -> EntityBuilder.add(entity.birthPlaces, location);
                case "nationality country", "citizenship country" -> {
                    if (location != null) {
                        entity.nationality(location);
                    }
                }
                case "location", "address" -> EntityBuilder.add(entity.addresses, location);
                default -> {
                    if (detail == null) {
                        break;
                    }
                    if (lower.contains("call sign")) {
                        entity.identifier("Call Sign", detail, null); // as the other OFAC formats name it
                    } else if (lower.startsWith("digital currency address") || lower.contains("imo")
                            || lower.equals("mmsi") || lower.contains("registration")) {
                        entity.identifier(type, detail, null);
                    } else {
                        entity.remark(type + ": " + detail);
                    }
                }
            }
        }
    }

    /** A location as text: its parts (address, city, region...) then its country. */
    private String location(XmlNode node) {
        List<String> parts = new ArrayList<>();
        for (XmlNode part : node.children("LocationPart")) {
            for (XmlNode value : part.all("LocationPartValue", "Value")) {
                if (value.text() != null) {
                    parts.add(value.text());
                }
            }
        }
        for (XmlNode country : node.children("LocationCountry")) {
            String name = value("Country", country.attribute("CountryID"));
            if (name != null) {
                parts.add(name);
            }
        }
        return parts.isEmpty() ? null : String.join(", ", parts);
    }

    /**
     * A date period as {@link ListEntity#birthDates()} writes it: one day; a whole month or year; a span of whole
     * years as {@code YYYY..YYYY}.
     */
    static String period(XmlNode period) {
        if (period == null) {
            return null;
        }
        XmlNode start = period.child("Start");
        XmlNode end = period.child("End");
        int[] from = ymd(start == null ? null : start.child("From"));
        int[] to = ymd(end == null ? null : end.child("To"));
        if (from == null) {
            return null;
        }
        if (to == null || Arrays.equals(from, to)) {
            return format(from);
        }
        boolean wholeYears = from[1] == 1 && from[2] == 1 && to[1] == 12 && to[2] == 31;
        if (wholeYears) {
            return from[0] == to[0] ? String.valueOf(from[0]) : from[0] + ".." + to[0];
        }
        if (from[0] == to[0] && from[1] == to[1] && from[2] == 1
                && to[2] == YearMonth.of(to[0], to[1]).lengthOfMonth()) {
            return String.format(Locale.ROOT, "%04d-%02d", from[0], from[1]);
        }
        return format(from);
    }

    private static int[] ymd(XmlNode date) {
        if (date == null || date.text("Year") == null) {
            return null;
        }
        try {
            int year = Integer.parseInt(date.text("Year"));
            int month = date.text("Month") == null ? 1 : Integer.parseInt(date.text("Month"));
            int day = date.text("Day") == null ? 1 : Integer.parseInt(date.text("Day"));
            return new int[]{year, month, day};
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static String format(int[] ymd) {
        return String.format(Locale.ROOT, "%04d-%02d-%02d", ymd[0], ymd[1], ymd[2]);
    }

    private static String date(XmlNode date) {
        int[] ymd = ymd(date);
        return ymd == null ? null : format(ymd);
    }

    private XmlNode reference(String set, String id) {
        return id == null ? null : reference.getOrDefault(set, Map.of()).get(id);
    }

    private String value(String set, String id) {
        XmlNode node = reference(set, id);
        return node == null ? null : node.text();
    }
}
