package org.sitrep.lists;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Collects one party's facts while an importer walks its record; values are trimmed, blanks dropped and duplicates
 * kept once, so importers can add whatever the list says without checking first.
 */
final class EntityBuilder {

    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    final String listId;
    final String id;
    String schema;
    String name;
    final Set<String> strongAliases = new LinkedHashSet<>();
    final Set<String> weakAliases = new LinkedHashSet<>();
    final Set<String> previousNames = new LinkedHashSet<>();
    final List<ListEntity.NamePart> nameParts = new ArrayList<>();
    final Set<String> birthDates = new LinkedHashSet<>();
    final Set<String> birthPlaces = new LinkedHashSet<>();
    final Set<String> nationalities = new LinkedHashSet<>();
    final Set<ListEntity.Identifier> identifiers = new LinkedHashSet<>();
    final Set<String> addresses = new LinkedHashSet<>();
    final Set<String> programs = new LinkedHashSet<>();
    String listedOn;
    final Set<String> linkedTo = new LinkedHashSet<>();
    /** Names of linked parties still to be resolved to ids once the whole list is read. */
    final Set<String> linkedNames = new LinkedHashSet<>();
    final List<String> remarks = new ArrayList<>();
    String source;

    EntityBuilder(String listId, String id, String schema, String source) {
        this.listId = listId;
        this.id = id;
        this.schema = schema;
        this.source = source;
    }

    EntityBuilder name(String value) {
        String v = clean(value);
        if (v != null) {
            if (name == null) {
                name = v;
            } else if (!name.equals(v)) {
                strongAliases.add(v);
            }
        }
        return this;
    }

    EntityBuilder nameParts(String type, String value) {
        String v = clean(value);
        if (v != null) {
            nameParts.add(new ListEntity.NamePart(type, v));
        }
        return this;
    }

    static void add(Set<String> target, String value) {
        String v = clean(value);
        if (v != null) {
            target.add(v);
        }
    }

    void alias(String value, boolean strong) {
        add(strong ? strongAliases : weakAliases, value);
    }

    void identifier(String type, String number, String country) {
        String n = clean(number);
        if (n != null) {
            identifiers.add(new ListEntity.Identifier(clean(type) == null ? "Identifier" : clean(type), n,
                    clean(country)));
        }
    }

    void nationality(String value) {
        String v = clean(value);
        // "na" and the like mean the list does not know; they are not a country.
        if (v != null && !v.equalsIgnoreCase("na") && !v.equalsIgnoreCase("n/a") && !v.equalsIgnoreCase("unknown")) {
            nationalities.add(Countries.code(v));
        }
    }

    void remark(String value) {
        String v = clean(value);
        if (v != null && !remarks.contains(v)) {
            remarks.add(v);
        }
    }

    ListEntity build() {
        String primary = name;
        if (primary == null) {
            // A record without a usable primary name still gets a caption, from its first alias.
            primary = !strongAliases.isEmpty() ? strongAliases.iterator().next()
                    : !weakAliases.isEmpty() ? weakAliases.iterator().next() : id;
        }
        String finalName = primary;
        List<String> strong = strongAliases.stream().filter(a -> !a.equals(finalName)).toList();
        List<String> weak = weakAliases.stream().filter(a -> !a.equals(finalName) && !strongAliases.contains(a)).toList();
        return new ListEntity(listId, id, schema, primary, strong, weak, List.copyOf(previousNames), nameParts,
                List.copyOf(birthDates), List.copyOf(birthPlaces), List.copyOf(nationalities),
                List.copyOf(identifiers), List.copyOf(addresses), List.copyOf(programs), listedOn,
                List.copyOf(linkedTo), remarks.isEmpty() ? null : String.join("\n", remarks), source);
    }

    /** Trims and collapses inner whitespace; null for blank values. */
    static String clean(String value) {
        if (value == null) {
            return null;
        }
        String v = WHITESPACE.matcher(value.strip()).replaceAll(" ");
        return v.isEmpty() ? null : v;
    }
}
