package org.sitrep.screen.index;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Reads countries as lists and queries write them — ISO 3166 alpha-2 codes, alpha-3 codes, English names and
 * nationality adjectives the JDK knows — into alpha-2 codes.
 */
public final class Countries {

    private final Map<String, String> codes = new HashMap<>();

    public Countries() {
        for (String code : Locale.getISOCountries()) {
            Locale locale = Locale.of("", code);
            codes.put(code.toLowerCase(Locale.ROOT), code);
            codes.put(key(locale.getDisplayCountry(Locale.ENGLISH)), code);
            try {
                codes.put(locale.getISO3Country().toLowerCase(Locale.ROOT), code);
            } catch (java.util.MissingResourceException ignored) {
                // a few codes have no alpha-3 form in the JDK
            }
        }
    }

    /** The alpha-2 code (upper case) for a code or English country name, or null when unknown. */
    public String code(String country) {
        if (country == null || country.isBlank()) {
            return null;
        }
        return codes.get(key(country));
    }

    private static String key(String name) {
        return name.toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "");
    }
}
