package org.sitrep.screen.input;

import org.sitrep.screen.Query;

import java.util.List;
import java.util.Map;

/**
 * Turns one row of a customer file (the CLI's CSV, the web app's upload) into a {@link Query}: one reader for every
 * place that takes rows, so all accept the same column names and the same written forms.
 *
 * <p>Columns, compared in lower case: the name ({@code full_name} or {@code name}), the birth date
 * ({@code date_of_birth}, {@code birth_date}, {@code birthdate} or {@code dob}, read by {@link BirthDateReader}),
 * {@code nationality} or {@code country}, {@code schema}, {@code id}, {@code identifier}.
 */
public final class QueryRows {

    public static final List<String> NAME_COLUMNS = List.of("full_name", "name");
    public static final List<String> BIRTH_DATE_COLUMNS = List.of("date_of_birth", "birth_date", "birthdate", "dob");
    public static final List<String> COUNTRY_COLUMNS = List.of("nationality", "country");

    private final BirthDateReader dates;
    private final String defaultSchema;

    /**
     * @param dates         how birth dates are read (the date order of ambiguous all-digit dates)
     * @param defaultSchema the schema of rows that give none (null: unknown)
     */
    public QueryRows(BirthDateReader dates, String defaultSchema) {
        this.dates = dates;
        this.defaultSchema = defaultSchema;
    }

    /** A cell that cannot be read: which column (name and 1-based position) and why. */
    public static final class UnreadableCell extends Exception {
        private final String column;
        private final int position;

        UnreadableCell(String column, int position, String message) {
            super(message);
            this.column = column;
            this.position = position;
        }

        public String column() {
            return column;
        }

        /** 1-based position of the column in the header; 0 when the column is missing altogether. */
        public int position() {
            return position;
        }
    }

    /** Whether a header (lower case) has a name column. */
    public static boolean hasNameColumn(List<String> header) {
        return NAME_COLUMNS.stream().anyMatch(header::contains);
    }

    /**
     * The query of one row.
     *
     * @param header    the column names in lower case, in file order
     * @param cells     cell by lower-case column name
     * @param defaultId the id of a row without an id column (e.g. its line number)
     */
    public Query read(List<String> header, Map<String, String> cells, String defaultId) throws UnreadableCell {
        String nameColumn = first(header, cells, NAME_COLUMNS);
        String id = value(cells, "id") != null ? value(cells, "id") : defaultId;
        if (nameColumn == null) {
            String column = NAME_COLUMNS.stream().filter(header::contains).findFirst().orElse("name");
            throw new UnreadableCell(column, header.indexOf(column) + 1, "no name");
        }
        String name = QueryNames.tidy(value(cells, nameColumn));
        if (name == null) {
            throw new UnreadableCell(nameColumn, header.indexOf(nameColumn) + 1,
                    "no letters in the name: " + value(cells, nameColumn));
        }
        String schema = defaultSchema;
        if (value(cells, "schema") != null) {
            schema = Schemas.canonical(value(cells, "schema"));
            if (schema == null) {
                throw new UnreadableCell("schema", header.indexOf("schema") + 1,
                        "schema must be one of " + Schemas.NAMES + ": " + value(cells, "schema"));
            }
        }
        String birthDate = null;
        String dateColumn = first(header, cells, BIRTH_DATE_COLUMNS);
        if (dateColumn != null) {
            try {
                birthDate = dates.read(value(cells, dateColumn));
            } catch (IllegalArgumentException e) {
                throw new UnreadableCell(dateColumn, header.indexOf(dateColumn) + 1, e.getMessage());
            }
        }
        String countryColumn = first(header, cells, COUNTRY_COLUMNS);
        String identifier = value(cells, "identifier");
        return new Query(id, name, schema, birthDate, countryColumn == null ? null : value(cells, countryColumn),
                identifier == null ? List.of() : List.of(identifier));
    }

    /** The first of the columns that has a value in this row. */
    private static String first(List<String> header, Map<String, String> cells, List<String> columns) {
        for (String c : columns) {
            if (value(cells, c) != null) {
                return c;
            }
        }
        return null;
    }

    private static String value(Map<String, String> cells, String column) {
        String v = cells.get(column);
        return v == null || v.isBlank() ? null : v.strip();
    }
}
