package org.sitrep.lists;

import org.sitrep.store.Limits;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What a list snapshot must satisfy before it is stored: ids and names within the bounds the store's keys and indexes
 * hold ({@link Limits}), and every record id once. Each problem names the record's place in the file
 * ({@code file:line} or locator), the field, and what was expected, so a bad record can be found and fixed.
 */
final class ListChecks {

    private static final int MAX_SCHEMA = 64;

    private ListChecks() {
    }

    /** Every problem of {@code snapshot}; empty when it may be stored. */
    static List<String> problems(ListSnapshot snapshot) {
        List<String> out = new ArrayList<>();
        if (snapshot.listId().isBlank() || snapshot.listId().length() > Limits.MAX_LIST_ID) {
            out.add(snapshot.source() + ": list id: " + snapshot.listId().length() + " characters; expected 1 to "
                    + Limits.MAX_LIST_ID);
        }
        Map<String, String> seen = new HashMap<>();
        for (ListEntity e : snapshot.entities()) {
            String where = e.source() == null || e.source().isBlank() ? snapshot.source() + ": record " + shortened(e.id())
                    : e.source();
            if (e.id().isBlank()) {
                out.add(where + ": id: empty; expected the list's identifier of the record");
            } else if (e.id().length() > Limits.MAX_ID) {
                out.add(where + ": id: " + e.id().length() + " characters; expected at most " + Limits.MAX_ID);
            } else {
                String earlier = seen.putIfAbsent(e.id(), where);
                if (earlier != null) {
                    out.add(where + ": id: " + e.id() + " is also the id of the record at " + earlier
                            + "; expected each id once");
                }
            }
            if (e.schema().length() > MAX_SCHEMA) {
                out.add(where + ": schema: " + e.schema().length() + " characters; expected a FollowTheMoney schema name");
            }
            name(out, where, "name", e.name());
            e.strongAliases().forEach(a -> name(out, where, "alias", a));
            e.weakAliases().forEach(a -> name(out, where, "weak alias", a));
            e.previousNames().forEach(a -> name(out, where, "previous name", a));
            e.nameParts().forEach(p -> name(out, where, "name part " + p.type(), p.value()));
            if (e.toString().indexOf('\u0000') >= 0) {
                out.add(where + ": a field holds a NUL character (U+0000); expected text (PostgreSQL cannot store it)");
            }
            e.linkedTo().forEach(id -> {
                if (id.length() > Limits.MAX_ID) {
                    out.add(where + ": linked id: " + id.length() + " characters; expected at most " + Limits.MAX_ID);
                }
            });
        }
        return out;
    }

    private static void name(List<String> out, String where, String field, String value) {
        if (value != null && value.length() > Limits.MAX_NAME) {
            out.add(where + ": " + field + ": " + value.length() + " characters (\"" + shortened(value)
                    + "\"); expected at most " + Limits.MAX_NAME);
        }
    }

    private static String shortened(String s) {
        return s.length() <= 40 ? s : s.substring(0, 40) + "...";
    }
}
