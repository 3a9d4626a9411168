package org.sitrep.lists;

import java.util.List;

/** An import refused because it would remove more of a list's records than the allowed share. */
public final class ListShrinkRefusedException extends ListRefusedException {

    private final int oldCount;
    private final int newCount;
    private final int removed;

    public ListShrinkRefusedException(String listId, int oldCount, int newCount, int removed, double maxShare) {
        super(listId, List.of(String.format(java.util.Locale.ROOT, "%s: this version would remove %d of the %d records"
                        + " of the active version (%d -> %d records), more than %.0f%%; refused, the active version"
                        + " stays. To replace the list anyway, import again with --allow-shrink.",
                listId, removed, oldCount, oldCount, newCount, maxShare * 100)));
        this.oldCount = oldCount;
        this.newCount = newCount;
        this.removed = removed;
    }

    public int oldCount() {
        return oldCount;
    }

    public int newCount() {
        return newCount;
    }

    public int removed() {
        return removed;
    }
}
