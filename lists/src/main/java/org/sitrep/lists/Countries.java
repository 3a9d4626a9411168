package org.sitrep.lists;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Maps the country names lists write ("Bahrain", "Korea, North", "Iran (Islamic Republic of)") to ISO 3166 alpha-2
 * codes, so that nationalities compare across lists. Unknown names are kept as written.
 */
final class Countries {

    private static final Pattern MARKS = Pattern.compile("\\p{M}");
    private static final Pattern NOT_LETTERS = Pattern.compile("[^a-z]");
    private static final Map<String, String> CODES = build();

    private Countries() {
    }

    /** The ISO alpha-2 code for {@code name}, the code itself when given one, else {@code name} unchanged. */
    static String code(String name) {
        String trimmed = name.strip();
        if (trimmed.length() == 2 && Character.isUpperCase(trimmed.charAt(0)) && Character.isUpperCase(trimmed.charAt(1))) {
            return trimmed;
        }
        String code = CODES.get(key(trimmed));
        int comma = trimmed.indexOf(", ");
        if (code == null && comma > 0) {
            // Inverted names: "Man, Isle of", "Virgin Islands, British".
            code = CODES.get(key(trimmed.substring(comma + 2) + " " + trimmed.substring(0, comma)));
        }
        return code != null ? code : trimmed;
    }

    /** True when {@code name} is a known country name. */
    static boolean known(String name) {
        return !code(name).equals(name.strip()) || CODES.containsValue(name.strip());
    }

    private static String key(String name) {
        String plain = MARKS.matcher(Normalizer.normalize(name, Normalizer.Form.NFD)).replaceAll("");
        return NOT_LETTERS.matcher(plain.toLowerCase(Locale.ROOT).replace("&", "and")).replaceAll("");
    }

    private static Map<String, String> build() {
        Map<String, String> map = new HashMap<>();
        for (String code : Locale.getISOCountries()) {
            Locale locale = Locale.of("", code);
            map.put(key(locale.getDisplayCountry(Locale.ENGLISH)), code);
            map.put(key(locale.getISO3Country()), code);
        }
        // Spellings used by OFAC, the UN, the EU and the UK that differ from the JDK's English names.
        String[][] extra = {
                {"Korea, North", "KP"}, {"North Korea", "KP"}, {"Democratic People's Republic of Korea", "KP"},
                {"Korea, South", "KR"}, {"South Korea", "KR"}, {"Republic of Korea", "KR"},
                {"Burma", "MM"}, {"Russia", "RU"}, {"Russian Federation", "RU"}, {"Iran", "IR"},
                {"Iran (Islamic Republic of)", "IR"}, {"Islamic Republic of Iran", "IR"}, {"Syria", "SY"},
                {"Syrian Arab Republic", "SY"}, {"Democratic Republic of the Congo", "CD"},
                {"Congo, Democratic Republic of the", "CD"}, {"Congo (Democratic Republic)", "CD"},
                {"DR Congo", "CD"}, {"Congo, Republic of the", "CG"}, {"Congo", "CG"}, {"Republic of the Congo", "CG"},
                {"Venezuela", "VE"}, {"Bolivia", "BO"}, {"Tanzania", "TZ"}, {"United Republic of Tanzania", "TZ"},
                {"Moldova", "MD"}, {"Republic of Moldova", "MD"}, {"Laos", "LA"},
                {"Lao People's Democratic Republic", "LA"}, {"Vietnam", "VN"}, {"Viet Nam", "VN"},
                {"Czech Republic", "CZ"}, {"Czechia", "CZ"}, {"Turkey", "TR"}, {"Turkiye", "TR"},
                {"Ivory Coast", "CI"}, {"Cote d'Ivoire", "CI"}, {"United States", "US"},
                {"United States of America", "US"}, {"USA", "US"}, {"United Kingdom", "GB"}, {"UK", "GB"},
                {"United Kingdom of Great Britain and Northern Ireland", "GB"}, {"Kosovo", "XK"},
                {"Macau", "MO"}, {"Macao", "MO"}, {"Hong Kong", "HK"}, {"Palestinian", "PS"}, {"Palestine", "PS"},
                {"State of Palestine", "PS"}, {"West Bank", "PS"}, {"Gaza", "PS"}, {"Libyan Arab Jamahiriya", "LY"},
                {"The Gambia", "GM"}, {"Gambia, The", "GM"}, {"Bahamas, The", "BS"}, {"Brunei", "BN"},
                {"Cabo Verde", "CV"}, {"Eswatini", "SZ"}, {"Swaziland", "SZ"}, {"North Macedonia", "MK"},
                {"Macedonia", "MK"}, {"The former Yugoslav Republic of Macedonia", "MK"},
                {"Macedonia, The Former Yugoslav Republic of", "MK"}, {"Micronesia", "FM"},
                {"Timor-Leste", "TL"}, {"East Timor", "TL"}, {"Holy See", "VA"}, {"Vatican City", "VA"},
                {"Saint Kitts and Nevis", "KN"}, {"Saint Lucia", "LC"}, {"Saint Vincent and the Grenadines", "VC"},
                {"Taiwan", "TW"}, {"Bosnia-Herzegovina", "BA"}, {"Bosnia and Herzegovina", "BA"},
                {"Kyrgyzstan", "KG"}, {"Sudan, South", "SS"}, {"Yemen, Republic of", "YE"},
        };
        for (String[] pair : extra) {
            map.put(key(pair[0]), pair[1]);
        }
        // Some lists (the UK's among them) write nationalities as adjectives.
        String[][] adjectives = {
                {"Afghan", "AF"}, {"Algerian", "DZ"}, {"American", "US"}, {"Bahraini", "BH"}, {"Belarusian", "BY"},
                {"British", "GB"}, {"Burmese", "MM"}, {"Chinese", "CN"}, {"Cuban", "CU"}, {"Egyptian", "EG"},
                {"Emirati", "AE"}, {"French", "FR"}, {"German", "DE"}, {"Indonesian", "ID"}, {"Iranian", "IR"},
                {"Iraqi", "IQ"}, {"Jordanian", "JO"}, {"Kuwaiti", "KW"}, {"Lebanese", "LB"}, {"Libyan", "LY"},
                {"Malian", "ML"}, {"Moroccan", "MA"}, {"Nigerian", "NG"}, {"North Korean", "KP"},
                {"Pakistani", "PK"}, {"Palestinian", "PS"}, {"Qatari", "QA"}, {"Russian", "RU"}, {"Saudi", "SA"},
                {"Saudi Arabian", "SA"}, {"Somali", "SO"}, {"Sudanese", "SD"}, {"Syrian", "SY"}, {"Tunisian", "TN"},
                {"Turkish", "TR"}, {"Ukrainian", "UA"}, {"Venezuelan", "VE"}, {"Yemeni", "YE"},
        };
        for (String[] pair : adjectives) {
            map.putIfAbsent(key(pair[0]), pair[1]);
        }
        return Map.copyOf(map);
    }
}
