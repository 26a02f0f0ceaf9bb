package org.rgo.ops.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.rgo.hardening.support.Check;
import org.rgo.hardening.support.Folders;
import org.rgo.hardening.support.Inbox;
import org.rgo.hardening.support.Service;
import org.rgo.ledger.RunRecord;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The service on loopback as an operator reaches it with curl: health, Prometheus metrics, Jolokia,
 * the runs page and the report files, after the sample was dropped and run, and a hostile file
 * rejected. The operator account is set, so Jolokia can run reports for it.
 */
class HttpEndpointsTest {

    static final String OPERATOR = "ops";
    static final String OPERATOR_PASSWORD = "run-it-now";
    static final String HOSTILE = "retail_customers_<b onmouseover='x'>&amp;.csv";

    static Path root;
    static Path outbox;
    static Service service;
    static Http http;
    static RunRecord run;

    @BeforeAll
    static void startTheServiceAndRunTheSample() throws Exception {
        root = Folders.wiped("target/http-test/endpoints");
        Inbox inbox = new Inbox(root.resolve("inbox"));
        outbox = root.resolve("outbox");
        int port = Http.freePort();
        service = HttpService.start(inbox.dir(), outbox, "rgo.http.port=" + port,
                "rgo.http.operator-user=" + OPERATOR, "rgo.http.operator-password=" + OPERATOR_PASSWORD);
        http = new Http(port);
        inbox.drop(HOSTILE, "customer_id,age\n1,56\n<script>\n");
        inbox.awaitRejection("retail_customers_<b onmouseover='x'>&amp;");
        inbox.dropSample();
        inbox.awaitRunMarked("");
        run = service.runs().get(0);
    }

    @AfterAll
    static void stop() {
        if (service != null) {
            service.close();
        }
    }

    @Test
    void healthIsUpAndNamesEveryCheckWithItsStateAndMessage() throws IOException {
        HttpResponse<String> health = http.get("/observe/health");

        assertEquals(200, health.statusCode(), health.body());
        JsonNode body = new ObjectMapper().readTree(health.body());
        assertEquals("UP", body.get("status").asText());
        Map<String, JsonNode> checks = new HashMap<>();
        body.get("checks").forEach(check -> checks.put(check.get("name").asText(), check));
        for (String id : List.of("rgo-inbox", "rgo-outbox", "rgo-ledger", "rgo-smtp", "context", "route:analyze",
                "consumer:ingest")) {
            assertEquals("UP", checks.get(id).get("status").asText(), id + " in " + checks.keySet());
        }
        Check.contains(checks.get("rgo-ledger").get("message").asText(), "latest run " + run.runId());
        Check.contains(checks.get("rgo-smtp").get("message").asText(), "no mail host set");
        assertEquals(200, http.get("/observe/health/ready").statusCode());
        assertEquals(200, http.get("/observe/health/live").statusCode());
    }

    @Test
    void metricsAreValidPrometheusTextWithTheRunTheFilesTheLayersAndTheJvm() {
        HttpResponse<String> response = http.get("/observe/metrics");
        assertEquals(200, response.statusCode());
        Check.contains(response.headers().firstValue("Content-Type").orElse(""), "text/plain", "version=0.0.4");

        PrometheusText metrics = PrometheusText.parse(response.body());

        assertEquals(1, metrics.value("rgo_last_run_status", "status", "SUCCEEDED"));
        assertEquals(0, metrics.value("rgo_last_run_status", "status", "FAILED"));
        assertEquals(run.totalRei(), metrics.value("rgo_last_run_total_rei"), 0.005);
        assertEquals(run.totalGap(), metrics.value("rgo_last_run_total_gap"), 0.005);
        assertEquals(run.customersAtRisk().doubleValue(), metrics.value("rgo_last_run_customers_at_risk"));
        assertEquals(1, metrics.value("rgo_last_run_verdict", "verdict", run.verdict()));
        assertEquals(run.durationMillis() / 1000.0, metrics.value("rgo_last_run_duration_seconds"), 0.001);
        assertTrue(metrics.value("rgo_last_run_as_of_week_age_seconds") > 0);
        assertEquals(run.finishedAt().toEpochMilli() / 1000.0, metrics.value("rgo_last_success_timestamp_seconds"), 0.001);
        assertEquals(1, metrics.value("rgo_runs", "status", "SUCCEEDED"));
        assertEquals(1, metrics.value("rgo_files_accepted_total", "data_set", "retail_weekly_sales"));
        assertEquals(1, metrics.value("rgo_files_rejected_total", "data_set", "retail_customers"));
        assertEquals(0, metrics.value("rgo_files_rejected_total", "data_set", "stock_availability"));
        assertEquals(0, metrics.value("rgo_emails_pending"));
        assertEquals(0, metrics.value("rgo_emails_sent_total"));
        assertTrue(metrics.value("rgo_staged_data_age_seconds", "data_set", "stock_availability") >= 0);
        assertEquals(1, metrics.value("rgo_health_ready"));
        assertEquals(1, metrics.value("rgo_health_live"));
        assertEquals("counter", metrics.type("rgo_files_rejected_total").orElseThrow());

        for (String layer : List.of("revenue-layer", "structural-risk-layer", "root-cause-layer", "exposure-layer",
                "portfolio-layer", "trend-layer", "executive-layer")) {
            assertEquals(1, metrics.value("camel_message_history_seconds_count", "routeId", "analyze", "nodeId", layer),
                    layer);
        }
        assertEquals(1, metrics.value("camel_route_policy_seconds_count", "routeId", "analyze"));
        assertTrue(metrics.names().containsAll(Set.of("jvm_memory_used_bytes", "jvm_gc_pause_seconds_count",
                "process_cpu_usage", "jvm_threads_live_threads")), metrics.names()::toString);
    }

    /** The alert rules and the dashboard only help if every metric they use is there to be read. */
    @Test
    void everyMetricTheAlertRulesAndTheDashboardUseIsExposed() throws IOException {
        Set<String> exposed = PrometheusText.parse(http.get("/observe/metrics").body()).names();
        Pattern metricName = Pattern.compile("\\b(?:rgo|camel|jvm|process|system)_[a-z0-9_]+\\b");
        Set<String> used = new TreeSet<>();
        for (String file : List.of("docs/ops/prometheus-alerts.yml", "docs/ops/grafana-dashboard.json")) {
            List<String> expressions = new ArrayList<>();
            for (String line : Files.readAllLines(Path.of(file))) {
                if (line.contains("expr")) {
                    expressions.add(line);
                }
            }
            assertTrue(expressions.size() >= 7, () -> file + " has expressions");
            for (String expression : expressions) {
                Matcher names = metricName.matcher(expression);
                while (names.find()) {
                    used.add(names.group());
                }
            }
        }

        List<String> missing = used.stream().filter(name -> !exposed.contains(name)).toList();
        assertEquals(List.of(), missing, "used by docs/ops but not exposed: " + missing);
        assertTrue(used.size() >= 20, used::toString);
    }

    @Test
    void jolokiaReadsTheOrchestratorWithoutCredentialsOnLoopback() throws IOException {
        HttpResponse<String> read = http.get("/observe/jolokia/read/rgo:type=Orchestrator");
        assertEquals(200, read.statusCode(), read.body());
        JsonNode value = new ObjectMapper().readTree(read.body()).get("value");
        assertEquals("SUCCEEDED", value.get("LastRunStatus").asText());
        assertEquals(run.runId(), value.get("LastRunId").asText());

        // Hawtio reads with POSTs of many requests at once
        HttpResponse<String> bulk = http.post("/observe/jolokia/", "[{\"type\":\"read\",\"mbean\":\"rgo:type=Orchestrator\","
                + "\"attribute\":\"LastVerdict\"},{\"type\":\"version\"}]");
        assertEquals(200, bulk.statusCode(), bulk.body());
        assertEquals(run.verdict(), new ObjectMapper().readTree(bulk.body()).get(0).get("value").asText());
    }

    @Test
    void jolokiaRunsOperationsOnlyForTheOperator() throws IOException {
        String runNow = "/observe/jolokia/exec/rgo:type=Orchestrator/runNow";
        String postRunNow = "{\"type\":\"exec\",\"mbean\":\"rgo:type=Orchestrator\",\"operation\":\"runNow\"}";

        for (HttpResponse<String> anonymous : List.of(http.get(runNow),
                http.post("/observe/jolokia", postRunNow),
                http.post("/observe/jolokia", "[{\"type\":\"read\",\"mbean\":\"java.lang:type=Memory\"}," + postRunNow + "]"),
                http.post("/observe/jolokia", "{\"type\":\"read\",\"type\":\"exec\",\"mbean\":\"rgo:type=Orchestrator\","
                        + "\"operation\":\"runNow\"}"),
                http.get("/observe/jolokia/%65xec/rgo:type=Orchestrator/runNow"),
                http.get("/observe/jolokia/EXEC/rgo:type=Orchestrator/runNow"),
                http.get("/observe/jolokia/exec/../read/rgo:type=Orchestrator/LastVerdict"),
                http.get("/observe/jolokia/?p=/exec/rgo:type=Orchestrator/runNow"),
                http.getAs(OPERATOR, "wrong", runNow))) {
            assertEquals(401, anonymous.statusCode(), anonymous.request().uri() + ": " + anonymous.body());
            Check.contains(anonymous.headers().firstValue("WWW-Authenticate").orElse(""), "Basic");
        }
        assertEquals(403, http.get("/observe/jolokia/exec/java.lang:type=Memory/gc", "Origin", "http://attacker.example",
                "Authorization", Http.basic(OPERATOR, OPERATOR_PASSWORD)).statusCode(), "an operation from another site");
        assertEquals(200, http.get("/observe/jolokia/version", "Origin", "http://hawtio.example").statusCode());

        // sendLatestReport rather than runNow: it changes nothing the other tests look at
        HttpResponse<String> sent = http.getAs(OPERATOR, OPERATOR_PASSWORD,
                "/observe/jolokia/exec/rgo:type=Orchestrator/sendLatestReport");
        assertEquals(200, sent.statusCode(), sent.body());
        JsonNode answer = new ObjectMapper().readTree(sent.body());
        assertEquals(200, answer.get("status").asInt(), sent.body());
        Check.contains(answer.get("value").asText(), Path.of(run.outputFolder()).getFileName().toString());
        // JVM diagnostics are out of reach even for the operator (jolokia-access.xml)
        HttpResponse<String> diagnostic = http.getAs(OPERATOR, OPERATOR_PASSWORD,
                "/observe/jolokia/exec/com.sun.management:type=DiagnosticCommand/vmFlags");
        Check.lacks(diagnostic.body(), "\"status\":200");
    }

    @Test
    void theRunsPageListsTheRunsWithTheirReportsTheStagedDataAndEscapedRejections() throws IOException {
        HttpResponse<String> page = http.get("/");

        assertEquals(200, page.statusCode());
        Check.contains(page.headers().firstValue("Content-Type").orElse(""), "text/html");
        Check.contains(page.headers().firstValue("Content-Security-Policy").orElse(""), "default-src 'none'");
        String html = page.body();
        String folder = Path.of(run.outputFolder()).getFileName().toString();
        Check.contains(html, "<meta name=\"viewport\"", "id=\"run-" + run.runId() + "\"", run.asOfWeek().toString(),
                "SUCCEEDED", run.verdict(), "href=\"runs/" + folder + "/report.html\"", "retail_weekly_sales.csv, staged",
                "retail_customers_&lt;b onmouseover=&#39;x&#39;&gt;&amp;amp;.", "expected 2 fields, found 1",
                "0 waiting, 0 sent");
        Check.lacks(html, "<script", "<b onmouseover");

        HttpResponse<String> report = http.get("/runs/" + folder + "/report.html");
        assertEquals(200, report.statusCode());
        Check.contains(report.headers().firstValue("Content-Type").orElse(""), "text/html");
        assertEquals(Files.readString(Path.of(run.outputFolder()).resolve("report.html")), report.body());
        assertEquals(200, http.get("/runs/" + folder + "/summary.json").statusCode());
    }

    @Test
    void onlyTheFilesOfTheRunFoldersAreServed() throws IOException {
        Path runFolder = Path.of(run.outputFolder());
        String folder = runFolder.getFileName().toString();
        Path secret = Files.writeString(root.resolve("secret.txt"), "not for the web");
        Files.createSymbolicLink(runFolder.resolve("leak.txt"), secret.toAbsolutePath());
        Files.createSymbolicLink(runFolder.resolve("inside.txt"), runFolder.resolve("summary.json").toAbsolutePath());
        String linkedFolder = "2020-01-04_20200104T000000000Z";
        Files.createSymbolicLink(outbox.resolve(linkedFolder), root.toAbsolutePath());
        Files.writeString(runFolder.resolve(".summary.json.tmp"), "{}");

        for (String path : List.of("/runs/" + folder + "/leak.txt", "/runs/" + folder + "/inside.txt",
                "/runs/" + linkedFolder + "/secret.txt", "/runs/" + folder + "/.summary.json.tmp",
                "/runs/" + folder + "/../../secret.txt", "/runs/" + folder + "/..%2F..%2Fsecret.txt",
                "/runs/" + folder + "/%2e%2e%2f%2e%2e%2fsecret.txt", "/runs/..%2F" + folder + "/report.html",
                "/runs/" + folder, "/runs/" + folder + "/", "/runs/mail/pending", "/runs/" + folder + "/missing.html",
                "/../secret.txt", "/runs/%2e%2e/secret.txt")) {
            HttpResponse<String> refused = http.get(path);
            assertTrue(refused.statusCode() == 404 || refused.statusCode() == 400, path + ": " + refused.statusCode());
            Check.lacks(refused.body(), "not for the web");
        }
    }

    @Test
    void hugeRequestsAreRefusedUnread() {
        String big = "x".repeat(300 * 1024);
        assertEquals(413, http.post("/observe/jolokia/", "[" + "{\"type\":\"version\"},".repeat(20_000) + "{}]")
                .statusCode());
        // Vert.x answers a request line over 4 KiB with 414 or 431, depending on where it cuts it
        int longUrl = http.get("/runs/" + "a".repeat(10_000)).statusCode();
        assertTrue(longUrl == 414 || longUrl == 431, "status for a 10 KiB URL: " + longUrl);
        assertEquals(431, http.get("/", "X-Padding", big.substring(0, 20_000)).statusCode());
    }
}
