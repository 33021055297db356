package org.vtp.app.ui.service;

import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import org.vtp.client.signalling.SignallingException;

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
        if (text == null || text.isBlank()) {
            return e.getClass().getSimpleName();
        }
        // The server's words without the protocol code in front ("FORBIDDEN: ...").
        if (e instanceof SignallingException refusal && text.startsWith(refusal.code() + ": ")) {
            return text.substring(refusal.code().length() + 2);
        }
        return text;
    }
}
