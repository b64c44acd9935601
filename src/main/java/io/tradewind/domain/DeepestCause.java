package io.tradewind.domain;

import java.util.function.Predicate;

/** What went wrong underneath a chain of wrapped exceptions: the one the messages should speak of. */
public final class DeepestCause {

    private DeepestCause() {
    }

    /** The last cause of {@code e}'s chain ({@code e} itself when it has none); a cause that is its own stops the walk. */
    public static Throwable of(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root;
    }

    /** Whether {@code e} or any cause in its chain passes {@code test}; a cause that is its own stops the walk. */
    public static boolean inChain(Throwable e, Predicate<Throwable> test) {
        for (Throwable cause = e; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (test.test(cause)) {
                return true;
            }
        }
        return false;
    }
}
