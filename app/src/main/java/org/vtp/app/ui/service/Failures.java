package org.vtp.app.ui.service;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.BindException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Optional;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeoutException;
import javax.net.ssl.SSLException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.vtp.client.signalling.SignallingException;
import org.vtp.client.tls.TlsFailures;

/**
 * Turns a failed future's cause into one short sentence a teacher or student understands: the
 * one place that maps network, TLS and server failures to words ("No VTP server answers at
 * 192.168.1.20:8443 — is the class running?"). A refusal shows the server's own words; our own
 * exceptions show their message; the text of a network or TLS exception is never shown.
 */
public final class Failures {
    private static final Logger LOG = LoggerFactory.getLogger(Failures.class);
    private static final String SOMEWHERE = "the server";

    private Failures() {
    }

    public static String message(Throwable error) {
        Throwable e = unwrap(error);
        String where = server(e).map(URI::getRawAuthority).orElse(SOMEWHERE);
        Optional<String> connection = connectionProblem(e, where);
        if (connection.isPresent()) {
            return connection.get();
        }
        if (e instanceof SignallingException refusal) {
            return refusal(refusal, where);
        }
        String text = e.getMessage();
        if (text == null || text.isBlank()) {
            LOG.warn("a failure without words", e);
            return "Something went wrong — the details are in the app's log.";
        }
        return text;
    }

    /** Why a server could not be reached, in words; empty when it was reached. */
    private static Optional<String> connectionProblem(Throwable e, String where) {
        if (TlsFailures.changed(e).isPresent()) {
            return Optional.of("The certificate of " + where + " has changed since you trusted it — it may not be "
                    + "your class's server. Ask your teacher for the new code before you trust it.");
        }
        if (TlsFailures.untrusted(e).isPresent()) {
            return Optional.of(where + " shows a certificate that nobody vouches for — join again to compare its "
                    + "code with the one your teacher shows.");
        }
        if (TlsFailures.plaintextAnswer(e)) {
            return Optional.of(where + " answers without encryption — use http://" + where + " instead.");
        }
        if (has(e, BindException.class)) {
            return Optional.of("The port is already used by another program — close it or choose another port.");
        }
        if (has(e, UnknownHostException.class)) {
            return Optional.of("No computer called " + host(e) + " was found — check the server address.");
        }
        if (has(e, ConnectException.class) || has(e, NoRouteToHostException.class)) {
            return Optional.of("No VTP server answers at " + where + " — is the class running?");
        }
        if (has(e, InterruptedIOException.class) || has(e, TimeoutException.class) || isCode(e, SignallingException.TIMEOUT)) {
            return Optional.of(where + " did not answer in time — check the network and that the class is running.");
        }
        if (has(e, SSLException.class)) {
            return Optional.of("Could not open a secure connection to " + where + " — is it a VTP server?");
        }
        if (has(e, IOException.class) && !SOMEWHERE.equals(where) || isCode(e, SignallingException.DISCONNECTED)) {
            return Optional.of("The connection to " + where + " failed — check the network.");
        }
        return Optional.empty();
    }

    /** A server's answer that is not a success: its own words, or what an odd answer means. */
    private static String refusal(SignallingException refusal, String where) {
        String code = refusal.code();
        if (code.startsWith("HTTP_")) {
            String status = code.substring("HTTP_".length());
            return status.startsWith("5")
                    ? where + " had a problem (HTTP " + status + ") — try again in a moment."
                    : where + " answered, but not as a VTP server (HTTP " + status + ") — check the address.";
        }
        if (code.equals(SignallingException.MALFORMED_ACK)) {
            return where + " sent an answer this app does not understand — is it a VTP server of this version?";
        }
        String text = refusal.getMessage();
        String words = text.startsWith(code + ": ") ? text.substring(code.length() + 2) : text;
        return words.isBlank() ? code : words;
    }

    private static Throwable unwrap(Throwable error) {
        Throwable e = error;
        while ((e instanceof CompletionException || e instanceof ExecutionException) && e.getCause() != null) {
            e = e.getCause();
        }
        return e;
    }

    private static Optional<URI> server(Throwable e) {
        return TlsFailures.causeOf(e, SignallingException.class).flatMap(SignallingException::server);
    }

    private static String host(Throwable e) {
        return server(e).map(URI::getHost)
                .or(() -> TlsFailures.causeOf(e, UnknownHostException.class).map(Throwable::getMessage))
                .map(name -> "“" + name + "”").orElse("with this name");
    }

    private static boolean has(Throwable e, Class<? extends Throwable> type) {
        return TlsFailures.causeOf(e, type).isPresent();
    }

    private static boolean isCode(Throwable e, String code) {
        return TlsFailures.causeOf(e, SignallingException.class).filter(s -> s.code().equals(code)).isPresent();
    }
}
