package org.sitrep.cli;

/** Exit statuses shared by every subcommand (see the machine contract in the README). */
public final class ExitCodes {

    /** Everything worked. */
    public static final int OK = 0;
    /** Some inputs failed; each failure was reported on stderr with its input. */
    public static final int FAILED = 1;
    /** The command line was wrong. */
    public static final int USAGE = 2;

    private ExitCodes() {
    }
}
