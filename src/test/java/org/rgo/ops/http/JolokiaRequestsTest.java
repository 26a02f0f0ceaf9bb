package org.rgo.ops.http;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Which Jolokia requests may pass as looking only; whatever is not certain needs the operator. */
class JolokiaRequestsTest {

    @Test
    void readListSearchAndVersionOnlyLook() {
        assertTrue(JolokiaRequests.getOnlyLooks(List.of("/read/rgo:type=Orchestrator/LastRunStatus"), List.of()));
        assertTrue(JolokiaRequests.getOnlyLooks(List.of("/list", "/search/rgo:*"), List.of()));
        assertTrue(JolokiaRequests.getOnlyLooks(List.of("", "/"), List.of()), "no type is version");
        assertTrue(JolokiaRequests.getOnlyLooks(List.of("/READ/java.lang:type=Memory"), List.of()));
        assertTrue(JolokiaRequests.postOnlyLooks("{\"type\":\"read\",\"mbean\":\"java.lang:type=Memory\"}"));
        assertTrue(JolokiaRequests.postOnlyLooks("[{\"type\":\"version\"},{\"type\":\"list\"}]"));
    }

    @Test
    void execWriteNotificationsAndAnythingUnclearNeedTheOperator() {
        for (String path : List.of("/exec/rgo:type=Orchestrator/runNow", "/write/x:type=y/A/1", "/notification/open",
                "/%65xec/rgo:type=Orchestrator/runNow", "/ex!ec/x", "/%zz/broken", "/config")) {
            assertFalse(JolokiaRequests.getOnlyLooks(List.of(path), List.of()), path);
        }
        assertFalse(JolokiaRequests.getOnlyLooks(List.of("/read/x:type=y"), List.of("/exec/rgo:type=Orchestrator/runNow")),
                "the p parameter counts too");
        for (String body : List.of("{\"type\":\"exec\",\"mbean\":\"rgo:type=Orchestrator\",\"operation\":\"runNow\"}",
                "[{\"type\":\"read\"},{\"type\":\"EXEC\"}]", "{\"type\":\"read\",\"type\":\"exec\"}",
                "{\"type\":\"\\u0065xec\"}", "{\"type\":\"read\"} {\"type\":\"exec\"}", "{\"mbean\":\"x:y=z\"}",
                "{\"type\":[\"read\"]}", "[]", "[\"read\"]", "", "not json", "{\"type\":\"read\" /* */}")) {
            assertFalse(JolokiaRequests.postOnlyLooks(body), body);
        }
    }
}
