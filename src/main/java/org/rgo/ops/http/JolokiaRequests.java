package org.rgo.ops.http;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Tells Jolokia requests that only look (read, list, search, version) from those that change
 * something (exec, write, notification and anything else). Everything it cannot read with
 * certainty counts as a change, so an odd request needs the operator rather than slipping by.
 */
final class JolokiaRequests {

    private static final Set<String> LOOKING = Set.of("read", "list", "search", "version");
    private static final ObjectMapper STRICT_JSON = new ObjectMapper()
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    private JolokiaRequests() {}

    /**
     * A GET request: its path after the Jolokia prefix (the type is the first element; none means
     * version) and its {@code p} parameters, which Jolokia takes instead of the path. Each must look.
     */
    static boolean getOnlyLooks(List<String> pathsAfterPrefix, List<String> pParameters) {
        return pathsAfterPrefix.stream().allMatch(JolokiaRequests::pathLooks)
                && pParameters.stream().allMatch(JolokiaRequests::pathLooks);
    }

    /** A POST request: one JSON request object, or an array of them; each needs a type that looks. */
    static boolean postOnlyLooks(String body) {
        try {
            JsonNode requests = STRICT_JSON.readTree(body == null ? "" : body);
            if (requests == null || requests.isMissingNode()) {
                return false;
            }
            if (requests.isArray()) {
                if (requests.isEmpty()) {
                    return false;
                }
                for (JsonNode request : requests) {
                    if (!requestLooks(request)) {
                        return false;
                    }
                }
                return true;
            }
            return requestLooks(requests);
        } catch (IOException e) {
            return false;
        }
    }

    private static boolean requestLooks(JsonNode request) {
        JsonNode type = request.get("type");
        return request.isObject() && type != null && type.isTextual() && looks(type.asText());
    }

    private static boolean pathLooks(String path) {
        String decoded;
        try {
            // '+' stays '+': URLDecoder would make it a space, which Jolokia does not
            decoded = URLDecoder.decode(path.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return false;
        }
        return Arrays.stream(decoded.split("/")).filter(element -> !element.isEmpty()).findFirst()
                .map(JolokiaRequests::looks).orElse(true);
    }

    private static boolean looks(String type) {
        return LOOKING.contains(type.toLowerCase(Locale.ROOT));
    }
}
