package io.tradewind.persistence;

/** The innermost cause of a store failure in words, for one-line errors. */
final class RootCause {

    private RootCause() {
    }

    /**
     * The deepest cause's message, or its type when it has none (an I/O channel closed under the
     * database says nothing else, and "null" would tell the operator nothing).
     */
    static String of(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage() != null ? root.getMessage() : root.getClass().getSimpleName();
    }
}
