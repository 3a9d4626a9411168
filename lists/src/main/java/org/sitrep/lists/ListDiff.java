package org.sitrep.lists;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * What changed between two versions of a list, entity by entity (matched by the list's own ids): parties added,
 * removed, and changed with each changed field's old and new value. Where in the file a record sits
 * ({@link ListEntity#source()}) is not a change; neither is the order of values within a field.
 *
 * <pre>{@code
 * ListDiff diff = ListDiff.between(reader.read(Path.of("sdn-2019")), reader.read(Path.of("sdn-2021")));
 * diff.added().size();
 * }</pre>
 *
 * @param older     the earlier snapshot's list id, format and hash (see {@link Side})
 * @param newer     the later snapshot's
 * @param added     entities only in the newer snapshot
 * @param removed   entities only in the older snapshot
 * @param changed   entities in both whose facts differ
 * @param unchanged how many entities are in both and equal
 */
public record ListDiff(Side older, Side newer, List<ListEntity> added, List<ListEntity> removed,
                       List<Change> changed, int unchanged) {

    public ListDiff {
        Objects.requireNonNull(older, "older");
        Objects.requireNonNull(newer, "newer");
        added = List.copyOf(added);
        removed = List.copyOf(removed);
        changed = List.copyOf(changed);
    }

    /** Which snapshot a side of the comparison is. */
    public record Side(String listId, String format, String sha256, int entities) {
        static Side of(ListSnapshot snapshot) {
            return new Side(snapshot.listId(), snapshot.format(), snapshot.sha256(), snapshot.entities().size());
        }
    }

    /** One entity present in both snapshots with different facts. */
    public record Change(ListEntity before, ListEntity after, List<FieldChange> fields) {
        public Change {
            fields = List.copyOf(fields);
        }

        /** The entity's id (the same on both sides). */
        public String id() {
            return after.id();
        }
    }

    /** One field's old and new value ({@code null}, a string, or a list). */
    public record FieldChange(String field, Object before, Object after) {
    }

    /** The fields compared, by the names {@link ListEntity} gives them. */
    private static final Map<String, Function<ListEntity, Object>> FIELDS = fields();

    private static Map<String, Function<ListEntity, Object>> fields() {
        Map<String, Function<ListEntity, Object>> f = new LinkedHashMap<>();
        f.put("schema", ListEntity::schema);
        f.put("name", ListEntity::name);
        f.put("strongAliases", ListEntity::strongAliases);
        f.put("weakAliases", ListEntity::weakAliases);
        f.put("previousNames", ListEntity::previousNames);
        f.put("nameParts", ListEntity::nameParts);
        f.put("birthDates", ListEntity::birthDates);
        f.put("birthPlaces", ListEntity::birthPlaces);
        f.put("nationalities", ListEntity::nationalities);
        f.put("identifiers", ListEntity::identifiers);
        f.put("addresses", ListEntity::addresses);
        f.put("programs", ListEntity::programs);
        f.put("listedOn", ListEntity::listedOn);
        f.put("linkedTo", ListEntity::linkedTo);
        f.put("remarks", ListEntity::remarks);
        return Collections.unmodifiableMap(f);
    }

    /** Compares {@code older} with {@code newer}; usually two versions of the same list. */
    public static ListDiff between(ListSnapshot older, ListSnapshot newer) {
        Map<String, ListEntity> before = byId(older);
        Map<String, ListEntity> after = byId(newer);
        List<ListEntity> added = new ArrayList<>();
        List<Change> changed = new ArrayList<>();
        int unchanged = 0;
        for (ListEntity entity : after.values()) {
            ListEntity old = before.get(entity.id());
            if (old == null) {
                added.add(entity);
                continue;
            }
            List<FieldChange> fields = compare(old, entity);
            if (fields.isEmpty()) {
                unchanged++;
            } else {
                changed.add(new Change(old, entity, fields));
            }
        }
        List<ListEntity> removed = before.values().stream().filter(e -> !after.containsKey(e.id())).toList();
        return new ListDiff(Side.of(older), Side.of(newer), added, removed, changed, unchanged);
    }

    /** The fields in which {@code before} and {@code after} differ. */
    public static List<FieldChange> compare(ListEntity before, ListEntity after) {
        List<FieldChange> out = new ArrayList<>();
        FIELDS.forEach((name, getter) -> {
            Object a = getter.apply(before);
            Object b = getter.apply(after);
            if (!sameValue(a, b)) {
                out.add(new FieldChange(name, a, b));
            }
        });
        return out;
    }

    private static boolean sameValue(Object a, Object b) {
        if (a instanceof List<?> x && b instanceof List<?> y) {
            return x.size() == y.size() && new HashSet<>(x).equals(new HashSet<>(y));
        }
        return Objects.equals(a, b);
    }

    private static Map<String, ListEntity> byId(ListSnapshot snapshot) {
        Map<String, ListEntity> map = new LinkedHashMap<>();
        for (ListEntity entity : snapshot.entities()) {
            map.put(entity.id(), entity);
        }
        return map;
    }
}
