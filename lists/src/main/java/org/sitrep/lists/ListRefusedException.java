package org.sitrep.lists;

import java.util.List;

/**
 * A list snapshot that was not stored: its records break the store's bounds, or it would replace the active version
 * with far fewer records. Nothing was written; the list's previous version stays active. Each problem is one line
 * naming where (file and line, or the list) and what was expected.
 */
public class ListRefusedException extends RuntimeException {

    private final String listId;
    private final List<String> problems;

    public ListRefusedException(String listId, List<String> problems) {
        super(listId + ": not imported: " + String.join("; ", problems));
        this.listId = listId;
        this.problems = List.copyOf(problems);
    }

    /** The list concerned. */
    public String listId() {
        return listId;
    }

    /** One line per problem. */
    public List<String> problems() {
        return problems;
    }
}
