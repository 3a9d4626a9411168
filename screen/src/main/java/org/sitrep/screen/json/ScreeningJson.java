package org.sitrep.screen.json;

import org.sitrep.lists.ListSnapshot;
import org.sitrep.screen.Comparison;
import org.sitrep.screen.Explanation;
import org.sitrep.screen.Match;
import org.sitrep.screen.Query;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The JSON shapes of {@code sitrep compare} and {@code sitrep screen} (the machine contract, sections 2 and 3) as
 * ordered maps, ready for any JSON writer. Field names here are a stable interface: add, never rename.
 */
public final class ScreeningJson {

    private ScreeningJson() {
    }

    public static Map<String, Object> comparison(String name1, String name2, String schema, Comparison comparison) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name1", name1);
        m.put("name2", name2);
        m.put("schema", schema);
        m.put("score", comparison.score());
        m.put("match", comparison.match());
        m.put("explanation", explanation(comparison.explanation()));
        return m;
    }

    public static Map<String, Object> screening(Query query, List<Match> matches, Map<String, Object> lists) {
        Map<String, Object> q = new LinkedHashMap<>();
        q.put("id", query.id());
        q.put("name", query.name());
        q.put("dob", query.birthDate());
        q.put("country", query.country());
        if (query.schema() != null) {
            q.put("schema", query.schema());
        }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("query", q);
        m.put("matches", matches.stream().map(ScreeningJson::match).toList());
        m.put("lists", lists);
        return m;
    }

    /** {@code {list id: {sha256, entities}}} for the lists screened against. */
    public static Map<String, Object> lists(List<ListSnapshot> snapshots) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (ListSnapshot list : snapshots) {
            Map<String, Object> about = new LinkedHashMap<>();
            about.put("sha256", list.sha256());
            about.put("entities", list.entities().size());
            m.put(list.listId(), about);
        }
        return m;
    }

    private static Map<String, Object> match(Match match) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("list", match.list());
        m.put("id", match.id());
        m.put("name", match.name());
        m.put("matched_name", match.matchedName());
        m.put("schema", match.schema());
        m.put("score", match.score());
        m.put("match", match.match());
        m.put("explanation", explanation(match.explanation()));
        return m;
    }

    private static List<Map<String, Object>> explanation(List<Explanation> explanation) {
        return explanation.stream().map(e -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("feature", e.feature());
            m.put("value", e.value());
            m.put("detail", e.detail());
            return m;
        }).toList();
    }
}
