package org.rgo.ops.http;

import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.AuthenticationHandler;
import org.rgo.ops.http.HttpSettings.Account;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Who may use what on the HTTP port, checked before any of Camel's handlers runs:
 * <ul>
 * <li>health and metrics are open, for probes and Prometheus;</li>
 * <li>everything else (the runs page, the reports, Jolokia) is open on loopback and needs the
 * viewer's or the operator's basic-auth credentials on any other address;</li>
 * <li>a Jolokia request that changes something (exec, write) always needs the operator, and is
 * refused when no operator account is configured; cross-origin Jolokia requests are refused,
 * so a web page in the operator's browser cannot use the browser's saved credentials.</li>
 * </ul>
 * Camel's own basic auth reads a properties file and applies one rule per path; here the same
 * path needs different roles for reading and running, and the accounts come from the environment.
 */
final class OperatorAccess implements AuthenticationHandler {

    static final String JOLOKIA = "/observe/jolokia";
    static final String REALM = "Basic realm=\"Revenue Gap Orchestrator\", charset=\"UTF-8\"";
    private static final Set<String> OPEN = Set.of("/observe/health", "/observe/health/live",
            "/observe/health/ready", "/observe/metrics");
    private static final Logger LOG = LoggerFactory.getLogger(OperatorAccess.class);

    private enum Role { VIEWER, OPERATOR }

    private final boolean loopback;
    private final Optional<Account> viewer;
    private final Optional<Account> operator;

    OperatorAccess(HttpSettings settings) {
        this.loopback = settings.loopback();
        this.viewer = settings.viewer();
        this.operator = settings.operator();
    }

    @Override
    public void handle(RoutingContext ctx) {
        String path = ctx.normalizedPath();
        boolean jolokia = path.equals(JOLOKIA) || path.startsWith(JOLOKIA + "/");
        boolean changes = jolokia && !onlyLooks(ctx, path);
        if (changes && crossOrigin(ctx.request())) {
            refuse(ctx, 403, "Jolokia runs no operation sent by another web page");
            return;
        }
        if (!changes && (OPEN.contains(path) || loopback)) {
            ctx.next();
            return;
        }
        if (changes && operator.isEmpty()) {
            refuse(ctx, 403, "Jolokia is read-only here: JMX operations and writes need the operator account "
                    + "(RGO_HTTP_OPERATOR_USER, RGO_HTTP_OPERATOR_PASSWORD)");
            return;
        }
        Optional<Role> role = authenticate(ctx.request());
        if (role.isEmpty()) {
            ctx.response().putHeader("WWW-Authenticate", REALM);
            refuse(ctx, 401, "Authentication required");
        } else if (changes && role.get() != Role.OPERATOR) {
            refuse(ctx, 403, "JMX operations and writes over Jolokia need the operator account");
        } else {
            ctx.next();
        }
    }

    /**
     * Camel hands Jolokia the raw path and Jolokia reads a {@code p} parameter instead when there is
     * one, while routing used the normalized path: all of them have to look.
     */
    private static boolean onlyLooks(RoutingContext ctx, String normalizedPath) {
        HttpServerRequest request = ctx.request();
        if (request.method() == HttpMethod.POST) {
            return ctx.body().available() && JolokiaRequests.postOnlyLooks(ctx.body().asString(StandardCharsets.UTF_8.name()));
        }
        String rawPath = request.path();
        if (!rawPath.startsWith(JOLOKIA) || request.uri().contains("!//")) {
            return false;
        }
        List<String> paths = new ArrayList<>();
        paths.add(rawPath.substring(JOLOKIA.length()));
        paths.add(normalizedPath.substring(JOLOKIA.length()));
        return JolokiaRequests.getOnlyLooks(paths, request.params().getAll("p"));
    }

    private static boolean crossOrigin(HttpServerRequest request) {
        String origin = request.getHeader(HttpHeaders.ORIGIN);
        if (origin == null) {
            return false;
        }
        try {
            URI from = URI.create(origin);
            return from.getRawAuthority() == null || !from.getRawAuthority().equalsIgnoreCase(request.host());
        } catch (IllegalArgumentException e) {
            return true;
        }
    }

    private Optional<Role> authenticate(HttpServerRequest request) {
        String header = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
            return Optional.empty();
        }
        String userAndPassword;
        try {
            userAndPassword = new String(Base64.getDecoder().decode(header.substring(6).trim()), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        int colon = userAndPassword.indexOf(':');
        if (colon < 0) {
            return Optional.empty();
        }
        String user = userAndPassword.substring(0, colon);
        String password = userAndPassword.substring(colon + 1);
        // both accounts are compared every time, in constant time: the answer's timing tells nothing
        boolean isOperator = matches(operator, user, password);
        boolean isViewer = matches(viewer, user, password);
        if (!isOperator && !isViewer) {
            LOG.warn("Wrong credentials for user '{}' from {} on {}", printable(user),
                    request.remoteAddress() == null ? "?" : request.remoteAddress().host(), printable(request.path()));
        }
        return isOperator ? Optional.of(Role.OPERATOR) : isViewer ? Optional.of(Role.VIEWER) : Optional.empty();
    }

    private static boolean matches(Optional<Account> account, String user, String password) {
        String expectedUser = account.map(Account::user).orElse("");
        String expectedPassword = account.map(Account::password).orElse("");
        boolean userMatches = MessageDigest.isEqual(expectedUser.getBytes(StandardCharsets.UTF_8),
                user.getBytes(StandardCharsets.UTF_8));
        boolean passwordMatches = MessageDigest.isEqual(expectedPassword.getBytes(StandardCharsets.UTF_8),
                password.getBytes(StandardCharsets.UTF_8));
        return account.isPresent() && userMatches && passwordMatches;
    }

    private static void refuse(RoutingContext ctx, int status, String reason) {
        ctx.response().setStatusCode(status)
                .putHeader(HttpHeaders.CONTENT_TYPE, "text/plain; charset=utf-8")
                .end(reason + "\n");
    }

    /** Request text in a log line: no line breaks, not too long. */
    private static String printable(String text) {
        String flat = text.replaceAll("\\p{Cntrl}", "?");
        return flat.length() > 200 ? flat.substring(0, 200) + "..." : flat;
    }
}
