package org.vtp.app.ui.service;

import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;

/** Turns a failed future's cause into one line a user can read. */
public final class Failures {
    private Failures() {
    }

    public static String message(Throwable error) {
        Throwable e = error;
        while ((e instanceof CompletionException || e instanceof ExecutionException) && e.getCause() != null) {
            e = e.getCause();
        }
        String text = e.getMessage();
        return text == null || text.isBlank() ? e.getClass().getSimpleName() : text;
    }
}
