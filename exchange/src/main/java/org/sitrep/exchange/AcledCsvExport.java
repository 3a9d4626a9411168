package org.sitrep.exchange;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.sitrep.store.EvidenceStore;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes events in ACLED's column layout (event_id_cnty, event_date, event_type, sub_event_type, actor1, actor2,
 * country, location, latitude, longitude, geo_precision, source, notes, fatalities, tags, ...) so that tools built for
 * ACLED data read them, followed by Sitrep's own columns: the fatality range, modality, claim and the evidence
 * (document and code-point span). ACLED's precision codes are used: time 1 day, 2 week, 3 month or more; geo 1 town,
 * 2 district, 3 province or wider.
 */
public final class AcledCsvExport {

    static final List<String> COLUMNS = List.of("event_id_cnty", "event_date", "year", "time_precision", "event_type",
            "sub_event_type", "actor1", "assoc_actor_1", "actor2", "assoc_actor_2", "iso", "country", "location",
            "latitude", "longitude", "geo_precision", "source", "notes", "fatalities", "tags",
            "sitrep_fatalities_low", "sitrep_fatalities_high", "sitrep_event_count", "sitrep_modality", "sitrep_claim",
            "sitrep_document", "sitrep_evidence_start", "sitrep_evidence_end");

    /** Writes every event; returns how many. */
    public int write(EvidenceStore store, Writer out) {
        return store.query(c -> {
            Map<String, List<String>[]> participants = new LinkedHashMap<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT p.event_id, p.role, e.caption FROM event_participant p"
                    + " JOIN entity e ON e.id = p.entity_id ORDER BY p.event_id, p.role, e.caption");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    @SuppressWarnings("unchecked")
                    List<String>[] roles = participants.computeIfAbsent(rs.getString(1),
                            k -> new List[] {new ArrayList<>(), new ArrayList<>()});
                    roles["actor".equals(rs.getString(2)) ? 0 : 1].add(rs.getString(3));
                }
            }
            int n = 0;
            try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.DEFAULT.builder()
                    .setHeader(COLUMNS.toArray(String[]::new)).build());
                 PreparedStatement ps = c.prepareStatement("SELECT v.id, v.date_value, v.date_precision, v.event_type,"
                         + " v.sub_event_type, v.country, v.location_name, v.latitude, v.longitude, v.location_precision,"
                         + " v.fatalities_low, v.fatalities_best, v.fatalities_high, v.event_count, v.tags, v.modality,"
                         + " v.claim_id, v.document_id, v.span_start, v.span_end, d.title, d.text"
                         + " FROM event v JOIN document d ON d.id = v.document_id ORDER BY v.date_value, v.id");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    LocalDate date = rs.getObject(2, LocalDate.class);
                    List<String>[] roles = participants.getOrDefault(rs.getString(1),
                            new List[] {List.of(), List.of()});
                    String text = rs.getString(22);
                    int from = text.offsetByCodePoints(0, rs.getInt(19));
                    int to = text.offsetByCodePoints(from, rs.getInt(20) - rs.getInt(19));
                    csv.printRecord(rs.getString(1), date, date == null ? null : date.getYear(),
                            timePrecision(rs.getString(3)), rs.getString(4), rs.getString(5),
                            first(roles[0]), rest(roles[0]), first(roles[1]), rest(roles[1]),
                            null, rs.getString(6), rs.getString(7), rs.getObject(8), rs.getObject(9),
                            geoPrecision(rs.getString(10)), rs.getString(21), text.substring(from, to),
                            rs.getObject(12) != null ? rs.getObject(12) : 0, rs.getString(15),
                            rs.getObject(11), rs.getObject(13), rs.getObject(14), rs.getString(16), rs.getString(17),
                            rs.getString(18).trim(), rs.getInt(19), rs.getInt(20));
                    n++;
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return n;
        });
    }

    private static String first(List<String> names) {
        return names.isEmpty() ? null : names.getFirst();
    }

    private static String rest(List<String> names) {
        return names.size() < 2 ? null : String.join("; ", names.subList(1, names.size()));
    }

    private static Integer timePrecision(String precision) {
        return switch (precision) {
            case "day" -> 1;
            case "week" -> 2;
            case "month", "year" -> 3;
            default -> null;
        };
    }

    private static Integer geoPrecision(String precision) {
        return switch (precision) {
            case "exact", "town" -> 1;
            case "district" -> 2;
            case "province", "country" -> 3;
            default -> null;
        };
    }
}
