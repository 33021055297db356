package org.vtp.server.http;

import static org.vtp.server.http.ApiRequest.bool;
import static org.vtp.server.http.ApiRequest.requiredString;
import static org.vtp.server.http.ApiRequest.string;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.vtp.server.account.AccountException;
import org.vtp.server.account.AccountService;
import org.vtp.server.account.AuditLog;
import org.vtp.server.account.User;
import org.vtp.server.auth.Principal;
import org.vtp.server.auth.Role;

/** {@code /api/v1/admin/*}: user management and the audit log, for admins only. */
final class AdminApi {

    private static final int AUDIT_PAGE = 200;

    private final AccountService accounts;
    private final AuditLog audit;

    AdminApi(AccountService accounts, AuditLog audit) {
        this.accounts = accounts;
        this.audit = audit;
    }

    void register(ApiRouter.Routes routes) {
        routes.get("admin/users", this::list);
        routes.post("admin/users", this::create);
        routes.patch("admin/users/*", this::update);
        routes.get("admin/audit", this::auditLog);
    }

    private ApiResponse list(ApiRequest r) throws ApiException, SQLException {
        admin(r);
        ArrayNode users = JsonNodeFactory.instance.arrayNode();
        for (User user : accounts.listUsers()) {
            users.add(ApiViews.user(user));
        }
        ObjectNode body = JsonNodeFactory.instance.objectNode();
        body.set("users", users);
        return ApiResponse.ok(body);
    }

    private ApiResponse create(ApiRequest r) throws ApiException, SQLException {
        Principal caller = admin(r);
        ObjectNode body = r.json(Set.of("email", "displayName", "password", "role"));
        try {
            return ApiResponse.created(ApiViews.user(accounts.createUser(caller.subject(),
                    requiredString(body, "email"), requiredString(body, "displayName"),
                    requiredString(body, "password"), role(requiredString(body, "role")), r.address())));
        } catch (AccountException e) {
            throw Errors.of(e);
        }
    }

    /** {@code {role?, disabled?}}: change a role, disable or re-enable a user. */
    private ApiResponse update(ApiRequest r) throws ApiException, SQLException {
        Principal caller = admin(r);
        ObjectNode body = r.json(Set.of("role", "disabled"));
        Optional<String> role = string(body, "role");
        Optional<Boolean> disabled = bool(body, "disabled");
        if (role.isEmpty() && disabled.isEmpty()) {
            throw ApiException.invalid("give role and/or disabled");
        }
        Role newRole = role.isPresent() ? role(role.get()) : null;
        try {
            User user = null;
            if (newRole != null) {
                user = accounts.changeRole(caller.subject(), r.parameter(0), newRole, r.address());
            }
            if (disabled.isPresent()) {
                user = accounts.setDisabled(caller.subject(), r.parameter(0), disabled.get(), r.address());
            }
            return ApiResponse.ok(ApiViews.user(user));
        } catch (AccountException e) {
            throw Errors.of(e);
        }
    }

    private ApiResponse auditLog(ApiRequest r) throws ApiException, SQLException {
        admin(r);
        ArrayNode events = JsonNodeFactory.instance.arrayNode();
        for (AuditLog.Event event : audit.latest(AUDIT_PAGE)) {
            events.add(ApiViews.event(event));
        }
        ObjectNode body = JsonNodeFactory.instance.objectNode();
        body.set("events", events);
        return ApiResponse.ok(body);
    }

    private static Principal admin(ApiRequest r) throws ApiException {
        Principal caller = r.principal();
        if (!caller.isAdmin()) {
            throw ApiException.forbidden("admins only");
        }
        return caller;
    }

    private static Role role(String name) throws ApiException {
        return switch (name.toLowerCase(Locale.ROOT)) {
            case "admin" -> Role.ADMIN;
            case "teacher" -> Role.TEACHER;
            case "student" -> Role.STUDENT;
            default -> throw ApiException.invalid("role must be admin, teacher or student");
        };
    }
}
