package org.vtp.server.http;

import static org.vtp.server.http.ApiRequest.requiredString;
import static org.vtp.server.http.ApiRequest.string;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.sql.SQLException;
import java.util.Set;
import org.vtp.server.account.AccountException;
import org.vtp.server.account.AccountService;
import org.vtp.server.account.FirstAdminSetup;
import org.vtp.server.account.User;
import org.vtp.server.auth.Principal;
import org.vtp.server.auth.Role;

/** {@code /api/v1/auth/*} and {@code /api/v1/setup} (rest-api.md). Runs on the API pool. */
final class AuthApi {

    private final AccountService accounts;
    private final FirstAdminSetup setup;

    AuthApi(AccountService accounts, FirstAdminSetup setup) {
        this.accounts = accounts;
        this.setup = setup;
    }

    void register(ApiRouter.Routes routes) {
        routes.post("auth/register", this::registerAccount);
        routes.post("auth/login", this::login);
        routes.post("auth/refresh", this::refresh);
        routes.post("auth/logout", this::logout);
        routes.get("auth/profile", this::profile);
        routes.post("auth/change-password", this::changePassword);
        routes.get("setup", r -> ApiResponse.ok(JsonNodeFactory.instance.objectNode().put("open", setup.isOpen())));
        routes.post("setup", this::completeSetup);
    }

    private ApiResponse registerAccount(ApiRequest r) throws ApiException, SQLException {
        ObjectNode body = r.json(Set.of("email", "displayName", "password"));
        try {
            return ApiResponse.created(ApiViews.session(accounts.register(requiredString(body, "email"),
                    requiredString(body, "displayName"), requiredString(body, "password"), r.address())));
        } catch (AccountException e) {
            throw Errors.of(e);
        }
    }

    private ApiResponse login(ApiRequest r) throws ApiException, SQLException {
        ObjectNode body = r.json(Set.of("email", "password"));
        try {
            return ApiResponse.ok(ApiViews.session(accounts.login(requiredString(body, "email"),
                    requiredString(body, "password"), r.address())));
        } catch (AccountException e) {
            throw Errors.of(e);
        }
    }

    private ApiResponse refresh(ApiRequest r) throws ApiException, SQLException {
        ObjectNode body = r.json(Set.of("refreshToken"));
        try {
            return ApiResponse.ok(ApiViews.session(accounts.refresh(requiredString(body, "refreshToken"),
                    r.address())));
        } catch (AccountException e) {
            throw Errors.of(e);
        }
    }

    private ApiResponse logout(ApiRequest r) throws ApiException, SQLException {
        ObjectNode body = r.json(Set.of("refreshToken"));
        accounts.logout(requiredString(body, "refreshToken"), r.address());
        return ApiResponse.noContent();
    }

    private ApiResponse profile(ApiRequest r) throws ApiException, SQLException {
        try {
            return ApiResponse.ok(ApiViews.user(accounts.profile(user(r).subject())));
        } catch (AccountException e) {
            throw Errors.of(e);
        }
    }

    private ApiResponse changePassword(ApiRequest r) throws ApiException, SQLException {
        Principal caller = user(r);
        ObjectNode body = r.json(Set.of("currentPassword", "newPassword"));
        try {
            return ApiResponse.ok(ApiViews.session(accounts.changePassword(caller.subject(),
                    requiredString(body, "currentPassword"), requiredString(body, "newPassword"), r.address())));
        } catch (AccountException e) {
            throw Errors.of(e);
        }
    }

    private ApiResponse completeSetup(ApiRequest r) throws ApiException, SQLException {
        ObjectNode body = r.json(Set.of("token", "email", "displayName", "password"));
        try {
            User admin = setup.complete(string(body, "token").orElse(null), requiredString(body, "email"),
                    requiredString(body, "displayName"), requiredString(body, "password"), r.address());
            return ApiResponse.created(ApiViews.user(admin));
        } catch (AccountException e) {
            throw Errors.of(e);
        }
    }

    /** A signed-in user; guests have no account. */
    static Principal user(ApiRequest r) throws ApiException {
        Principal caller = r.principal();
        if (caller.role() == Role.GUEST) {
            throw ApiException.forbidden("guests have no account");
        }
        return caller;
    }
}
