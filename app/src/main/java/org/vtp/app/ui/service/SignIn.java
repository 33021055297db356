package org.vtp.app.ui.service;

/** An account's credentials for the server of a join target; never stored or logged. */
public record SignIn(String email, String password) {
    public SignIn {
        if (email == null || email.isBlank() || password == null || password.isEmpty()) {
            throw new IllegalArgumentException("email and password are required");
        }
        email = email.strip();
    }

    @Override
    public String toString() {
        return "SignIn[" + email + "]";
    }
}
