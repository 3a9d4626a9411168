package org.sitrep.screen.index;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/** Many strings kept as UTF-8 in one byte array: a fraction of the memory of separate String objects. */
final class StringPool {

    private byte[] bytes = new byte[1 << 16];
    private int[] offsets = new int[1 << 10];
    private int size;
    private int used;

    /** Adds a string and returns its number. */
    int add(String value) {
        byte[] utf8 = value.getBytes(StandardCharsets.UTF_8);
        if (used + utf8.length > bytes.length) {
            bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, used + utf8.length));
        }
        if (size + 2 > offsets.length) {
            offsets = Arrays.copyOf(offsets, offsets.length * 2);
        }
        System.arraycopy(utf8, 0, bytes, used, utf8.length);
        offsets[size] = used;
        used += utf8.length;
        offsets[size + 1] = used;
        return size++;
    }

    String get(int number) {
        return new String(bytes, offsets[number], offsets[number + 1] - offsets[number], StandardCharsets.UTF_8);
    }

    int size() {
        return size;
    }

    /** Drops spare capacity once no more strings will be added. */
    void trim() {
        bytes = Arrays.copyOf(bytes, used);
        offsets = Arrays.copyOf(offsets, size + 1);
    }
}
