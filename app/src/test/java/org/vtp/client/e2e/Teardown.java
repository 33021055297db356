package org.vtp.client.e2e;

/** Closes test resources in the given order, every one even when an earlier one fails. */
final class Teardown {
    private Teardown() {
    }

    /** Nulls are skipped; the first failure is rethrown with the later ones suppressed. */
    static void closeInOrder(AutoCloseable... resources) throws Exception {
        Exception first = null;
        for (AutoCloseable resource : resources) {
            try {
                if (resource != null) {
                    resource.close();
                }
            } catch (Exception e) {
                if (first == null) {
                    first = e;
                } else {
                    first.addSuppressed(e);
                }
            }
        }
        if (first != null) {
            throw first;
        }
    }
}
