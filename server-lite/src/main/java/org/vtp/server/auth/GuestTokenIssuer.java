package org.vtp.server.auth;

/**
 * Makes guest tokens: the token service implements it, the guest endpoint of the join page calls
 * it once the classroom is known to admit guests. Thread-safe.
 */
@FunctionalInterface
public interface GuestTokenIssuer {

    /**
     * @param classroomId the one classroom the token admits to
     * @param displayName the guest's chosen name, already validated (1-64 code points, no controls)
     * @return a token that {@link TokenVerifier#verify} answers with a {@link Role#GUEST} principal
     *     scoped to {@code classroomId} and named {@code displayName}
     */
    String issue(String classroomId, String displayName);
}
