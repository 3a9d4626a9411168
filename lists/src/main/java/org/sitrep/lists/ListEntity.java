package org.sitrep.lists;

import java.util.List;
import java.util.Objects;

/**
 * One designated party as a sanctions list records it, normalised across list formats.
 * Values are kept as the list writes them; matching normalises them itself.
 *
 * @param listId         the list, e.g. {@code us-ofac-sdn}, {@code un-sc}, {@code eu-fsf}, {@code gb-hmt}
 * @param id             the list's own identifier (OFAC ent_num, UN REFERENCE_NUMBER or DATAID, EU logicalId)
 * @param schema         FollowTheMoney schema: Person, Organization, Company, LegalEntity, Vessel, Airplane
 * @param name           the primary name
 * @param strongAliases  good-quality a.k.a.s
 * @param weakAliases    low-quality a.k.a.s (OFAC's "weak aka", nicknames)
 * @param previousNames  formerly known as
 * @param nameParts      the primary name's parts where the list gives them (given, family, patronymic, ...)
 * @param birthDates     dates of birth: {@code YYYY-MM-DD}, {@code YYYY-MM}, {@code YYYY}, or a range {@code YYYY..YYYY}
 * @param birthPlaces    places of birth as written
 * @param nationalities  nationalities and citizenships (ISO 3166 alpha-2 where known, else as written)
 * @param identifiers    passports, national ids, registration numbers
 * @param addresses      addresses as written
 * @param programs       sanctions programmes, e.g. {@code SDGT}, {@code SYRIA}
 * @param listedOn       listing date {@code YYYY-MM-DD}, or null
 * @param linkedTo       ids (in the same list) of parties this one is linked to
 * @param remarks        free-text remarks
 * @param source         where in the list file the record is: {@code file:line} or an XPath-like locator
 */
public record ListEntity(String listId, String id, String schema, String name,
                         List<String> strongAliases, List<String> weakAliases, List<String> previousNames,
                         List<NamePart> nameParts, List<String> birthDates, List<String> birthPlaces,
                         List<String> nationalities, List<Identifier> identifiers, List<String> addresses,
                         List<String> programs, String listedOn, List<String> linkedTo, String remarks,
                         String source) {

    public ListEntity {
        Objects.requireNonNull(listId, "listId");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(schema, "schema");
        Objects.requireNonNull(name, "name");
        strongAliases = List.copyOf(strongAliases);
        weakAliases = List.copyOf(weakAliases);
        previousNames = List.copyOf(previousNames);
        nameParts = List.copyOf(nameParts);
        birthDates = List.copyOf(birthDates);
        birthPlaces = List.copyOf(birthPlaces);
        nationalities = List.copyOf(nationalities);
        identifiers = List.copyOf(identifiers);
        addresses = List.copyOf(addresses);
        programs = List.copyOf(programs);
        linkedTo = List.copyOf(linkedTo);
    }

    /** A part of a structured name. {@code type}: given, middle, family, patronymic, matronymic, title, other. */
    public record NamePart(String type, String value) {
    }

    /** An identity document or registration number. {@code type} as the list words it, e.g. Passport. */
    public record Identifier(String type, String number, String country) {
    }
}
