package org.sitrep.lists;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * One version of one sanctions list, as read from its file(s).
 *
 * @param listId   the list, e.g. {@code us-ofac-sdn}
 * @param format   the file format it was read from, e.g. {@code ofac-csv}, {@code un-xml}
 * @param sha256   content hash over the list's files (hex), so that the same content is recognised again
 * @param source   the file, or the folder holding the list's files
 * @param entities every designated party, in list order
 */
public record ListSnapshot(String listId, String format, String sha256, Path source, List<ListEntity> entities) {

    public ListSnapshot {
        Objects.requireNonNull(listId, "listId");
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(sha256, "sha256");
        Objects.requireNonNull(source, "source");
        entities = List.copyOf(entities);
    }

    /** The entity with the list's own identifier {@code id}, or null. */
    public ListEntity entity(String id) {
        for (ListEntity entity : entities) {
            if (entity.id().equals(id)) {
                return entity;
            }
        }
        return null;
    }
}
