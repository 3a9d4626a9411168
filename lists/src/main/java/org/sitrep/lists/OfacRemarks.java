package org.sitrep.lists;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the structured facts OFAC packs into an entry's remarks: semicolon-separated clauses such as
 * {@code DOB 03 Sep 1984}, {@code POB Al Muharraq, Bahrain}, {@code nationality Bahrain},
 * {@code Passport 2231616 (Bahrain) issued 02 Jan 2013}, {@code a.k.a. 'ABU X'}, {@code Linked To: NAME}.
 * The Treasury press releases write entries in the same clause language, so both importers share this.
 */
final class OfacRemarks {

    /** An identity document or number: the type ends with a word that names a number, then the number. */
    private static final Pattern IDENTIFIER = Pattern.compile(
            "(?<type>.*(?:\\bNo\\.?|\\bNumber(?: \\([A-Z]+\\))?|#|\\bID|\\bPassport|\\bCedula|D\\.N\\.I\\.|\\bNIT|\\bSSN"
                    + "|\\bMMSI|\\bCURP|\\bRFC|\\bIdentification|\\bLicense|\\bCode|Address - [A-Z0-9]+|\\bIMO"
                    + "|\\bCard|\\bDocument|\\bCertificate(?: \\([A-Z]+\\))?))"
                    + "\\s+(?<rest>[A-Za-z0-9(].*)");
    private static final Pattern NUMBER_COUNTRY = Pattern.compile(
            "(?<number>.*?)(?:\\s*\\((?<country>[^()]+)\\))?(?:\\s+(?:issued|expires|expired)\\b.*)?");
    private static final Pattern QUOTED = Pattern.compile("'(.*)'");
    private static final Pattern ALT = Pattern.compile("^(?i)alt\\.\\s+");
    private static final Pattern ABBREVIATION_END = Pattern.compile("(\\.[A-Z]\\.|\\b[A-Z]{1,3}\\.)$");
    private static final Pattern GENDER_END = Pattern.compile("\\b(Male|Female)\\.$");
    private static final Pattern DIGIT = Pattern.compile("\\d");

    private OfacRemarks() {
    }

    /** Adds every fact found in {@code remarks} to {@code entity}; clauses it does not know are left alone. */
    static void apply(String remarks, EntityBuilder entity) {
        if (remarks == null || remarks.isBlank()) {
            return;
        }
        String text = remarks.strip();
        if (text.endsWith(".") && !text.endsWith("..")) {
            // The final full stop ends the remarks, not the last clause's value (unless the value ends "S.A.").
            text = endsWithAbbreviation(text) ? text : text.substring(0, text.length() - 1);
        }
        for (String raw : text.split(";")) {
            clause(raw.strip(), entity);
        }
    }

    private static boolean endsWithAbbreviation(String text) {
        // "... S.A." or "... CO." keep their dot: a dot two characters after another dot, or after one capital.
        return ABBREVIATION_END.matcher(text).find() && !GENDER_END.matcher(text).find();
    }

    static void clause(String clause, EntityBuilder entity) {
        if (clause.isEmpty()) {
            return;
        }
        String c = ALT.matcher(clause).replaceFirst("");
        String lower = c.toLowerCase(Locale.ROOT);
        if (lower.startsWith("dob ")) {
            String value = c.substring(4).strip();
            String date = Dates.normalise(value);
            if (date != null) {
                entity.birthDates.add(date);
            }
        } else if (lower.startsWith("pob ")) {
            EntityBuilder.add(entity.birthPlaces, c.substring(4));
        } else if (lower.startsWith("nationality of registration ")) {
            entity.nationality(c.substring("nationality of registration ".length()));
        } else if (lower.startsWith("nationality ")) {
            entity.nationality(c.substring("nationality ".length()).replaceFirst("^possibly ", ""));
        } else if (lower.startsWith("citizen ")) {
            entity.nationality(c.substring("citizen ".length()));
        } else if (lower.startsWith("a.k.a. ") || lower.startsWith("n.k.a. ")) {
            entity.alias(unquote(c.substring(7)), false);
        } else if (lower.startsWith("f.k.a. ")) {
            EntityBuilder.add(entity.previousNames, unquote(c.substring(7)));
        } else if (lower.startsWith("linked to:")) {
            EntityBuilder.add(entity.linkedNames, c.substring("linked to:".length()));
        } else if (!lower.startsWith("phone") && !lower.startsWith("telephone") && !lower.startsWith("fax")
                && !lower.contains("phone number")) {
            identifier(c, entity);
        }
    }

    private static void identifier(String clause, EntityBuilder entity) {
        if (!DIGIT.matcher(clause).find() && !clause.contains("Number")) {
            return; // every identifier clause has a number, and numbers have digits (tail numbers aside)
        }
        Matcher m = IDENTIFIER.matcher(clause);
        if (!m.matches() || m.group("type").contains(": ") || m.group("type").length() > 60) {
            return;
        }
        Matcher n = NUMBER_COUNTRY.matcher(m.group("rest"));
        if (!n.matches() || n.group("number").isBlank()) {
            return;
        }
        // A number ends at the clause's punctuation ("AABA 670850 Y." at the end of the remarks).
        String number = n.group("number").strip().replaceAll("[.,;]+$", "");
        if (number.isEmpty() || number.startsWith("issued") || number.startsWith("expires")) {
            return;
        }
        // Prose that merely contains "No." or "ID" is not a number: numbers are short and carry digits.
        if (number.length() > 60 || !DIGIT.matcher(number).find() && !m.group("type").endsWith("Number")) {
            return;
        }
        String country = n.group("country");
        entity.identifier(m.group("type"), number, country == null ? null : Countries.code(country));
    }

    private static String unquote(String value) {
        Matcher m = QUOTED.matcher(value.strip());
        return m.matches() ? m.group(1) : value;
    }
}
