package org.sitrep.screen.input;

/** How to read an all-digit date whose first two numbers could each be the day or the month ("03/04/1962"). */
public enum DateOrder {
    /** Day, month, year: most of the world's files (the default). */
    DMY,
    /** Month, day, year: files from the United States. */
    MDY
}
