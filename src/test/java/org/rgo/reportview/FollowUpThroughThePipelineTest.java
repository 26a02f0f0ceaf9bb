package org.rgo.reportview;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.camel.main.Main;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rgo.App;
import org.rgo.support.Await;
import org.rgo.support.Inbox;
import org.rgo.support.Service;
import org.rgo.ingest.ExportFiles;
import org.rgo.ledger.JdbcRunLedger;
import org.rgo.ledger.LedgerSettings;
import org.rgo.ledger.RunRecord;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Did it work (issue 12), as it will be checked: the one-shot command with the ledger on, first on
 * the data cut one week earlier, then on the full data; the second run's follow-up against an
 * independent computation from the two runs' own outputs (the first run's top priorities, the
 * second run's customers.csv and sales file). Then the same through the service's inbox.
 */
class FollowUpThroughThePipelineTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path work;

    /**
     * Weeks 0-10 (the cut data stops at week 9), baseline 100 for all. At week 9 / week 10:
     * "rec" 100 ×9, 60, 140: gap 10 / not at risk (recovered); "imp" 100 ×7, 60, 60, 60, 120: gap 30 /
     * 25 (improved); "unch" 100 ×7, 70, 70, 70, 100: gap 22.50 / 22.50 (unchanged); "wor" 100 ×9, 50,
     * 50: gap 12.50 / 25 (worse); "ops" 100 ×9, 40, 40 with stockouts at S2 in weeks 9 and 10:
     * operational, gap 15 / 30 (worse, another owner); "gone" like "wor", missing from the full
     * export (no longer in the data); "new" enters at week 10; "steady" never at risk.
     */
    private static ExportFiles exports(Path folder, int weeks, boolean withGone) {
        ExportFiles files = new ExportFiles(folder);
        Map<String, double[]> series = new LinkedHashMap<>();
        series.put("rec", flat(9, 100, 60, 140));
        series.put("imp", flat(7, 100, 60, 60, 60, 120));
        series.put("unch", flat(7, 100, 70, 70, 70, 100));
        series.put("wor", flat(9, 100, 50, 50));
        series.put("new", flat(10, 100, 40));
        series.put("steady", flat(11, 100));
        if (withGone) {
            series.put("gone", flat(9, 100, 50, 50));
        }
        series.forEach((id, spend) -> {
            for (int w = 0; w < weeks; w++) {
                files.sale(id, w, spend[w], "S1");
            }
        });
        double[] ops = flat(9, 100, 40, 40);
        for (int w = 0; w < weeks; w++) {
            files.sale("ops", w, ops[w], "S2");
            files.stock("S2", w, "SKU-1", w >= 9 ? 0 : 5);
            files.stock("S1", w, "SKU-1", 5);
        }
        return files.write();
    }

    private static double[] flat(int n, double level, double... tail) {
        double[] spend = new double[n + tail.length];
        java.util.Arrays.fill(spend, 0, n, level);
        System.arraycopy(tail, 0, spend, n, tail.length);
        return spend;
    }

    @Test
    void theOneShotCommandFollowsUpTheRunOfTheWeekBefore() throws Exception {
        Path cut = exports(work.resolve("cut"), 10, true).salesFile().getParent();
        Path full = exports(work.resolve("full"), 11, false).salesFile().getParent();

        oneShot(cut, work.resolve("out-1"));
        oneShot(full, work.resolve("out-2"));
        oneShot(full, work.resolve("out-3"));

        JsonNode first = summary(work.resolve("out-1"));
        JsonNode second = summary(work.resolve("out-2"));
        JsonNode third = summary(work.resolve("out-3"));
        List<RunRecord> runs = JdbcRunLedger.open(new LedgerSettings(
                LedgerSettings.h2FileUrl(work.resolve("state")), "sa", "", true)).recent(10);
        assertEquals(3, runs.size());

        assertTrue(first.get("follow_up").get("nothing_to_follow_up").asBoolean());
        assertEquals("no_previous_run", first.get("follow_up").get("status").asText());

        JsonNode followUp = second.get("follow_up");
        assertEquals("followed_up", followUp.get("status").asText());
        assertFalse(followUp.get("nothing_to_follow_up").asBoolean());
        assertEquals(runs.get(2).runId(), followUp.get("previous_run_id").asText());
        assertEquals(first.get("as_of_week").asText(), followUp.get("previous_as_of_week").asText());
        Map<String, Map<String, Object>> expected = independentFollowUp(first, work.resolve("out-2"), full);
        assertEquals(expected.get("all"), counts(followUp), "overall");
        Map<String, Map<String, Object>> byOwner = new TreeMap<>();
        followUp.get("by_owner").fields().forEachRemaining(owner -> byOwner.put(owner.getKey(), counts(owner.getValue())));
        expected.remove("all");
        assertEquals(expected, byOwner);
        // the data was built for one of each: the comparison covers every outcome
        assertEquals(Map.of("priorities", 6L, "recovered", 1L, "improved", 1L, "unchanged", 1L, "worse", 2L,
                "not_in_data", 1L, "gap_recovered", -12.5), counts(followUp)); // +10 +5 +0 -12.50 -15

        assertEquals("same_as_of_week", third.get("follow_up").get("status").asText());
        assertTrue(third.get("follow_up").get("nothing_to_follow_up").asBoolean());
        assertEquals(runs.get(1).runId(), third.get("follow_up").get("previous_run_id").asText());

        String report = Files.readString(work.resolve("out-2/report.md"));
        assertTrue(report.contains("## Follow-up of the previous run's priorities"), report);
        assertTrue(report.contains("Of the 6 priorities of the previous run (week of " + first.get("as_of_week").asText()
                + "), 1 recovered (no longer at risk), 1 improved, 1 are unchanged and 2 got worse; 1 are no longer in"
                + " the data."), report);
        assertTrue(Files.readString(work.resolve("out-3/report.md")).contains("Nothing to follow up: the previous run"));

        checkDriversAgainstTheTwoRuns(first, second, gone(work.resolve("out-1")));
    }

    @Test
    void theServiceFollowsUpItsPreviousRunToo() throws Exception {
        ExportFiles cut = exports(work.resolve("cut"), 10, true);
        ExportFiles full = exports(work.resolve("full"), 11, false);
        try (Service service = Service.in("reportview/follow-up").start()) {
            Inbox inbox = service.inbox();
            drop(inbox, cut);
            RunRecord firstRun = Await.value("the first run", () -> service.runs().stream()
                    .filter(r -> r.status() == RunRecord.Status.SUCCEEDED).findFirst());
            drop(inbox, full);
            RunRecord secondRun = Await.value("the second run", () -> service.runs().stream()
                    .filter(r -> r.status() == RunRecord.Status.SUCCEEDED && !r.runId().equals(firstRun.runId()))
                    .findFirst());

            JsonNode first = summary(Path.of(firstRun.outputFolder()));
            JsonNode followUp = summary(Path.of(secondRun.outputFolder())).get("follow_up");
            assertEquals(firstRun.runId(), followUp.get("previous_run_id").asText());
            assertEquals(independentFollowUp(first, Path.of(secondRun.outputFolder()), full.salesFile().getParent())
                    .get("all"), counts(followUp));
        }
    }

    private static void drop(Inbox inbox, ExportFiles files) throws IOException {
        inbox.drop(Inbox.CUSTOMERS, Files.readAllBytes(files.customersFile()));
        inbox.drop(Inbox.SALES, Files.readAllBytes(files.salesFile()));
        inbox.drop(Inbox.STOCK, Files.readAllBytes(files.stockFile()));
    }

    /**
     * The follow-up from the outputs alone: the first run's top_priority (id, owner, gap), the
     * second run's customers.csv (at risk, with gap) and the ids in the second run's sales file.
     */
    private static Map<String, Map<String, Object>> independentFollowUp(JsonNode first, Path secondOut, Path secondData)
            throws IOException {
        Map<String, Long> gapNow = new HashMap<>();
        List<String> rows = Files.readAllLines(secondOut.resolve("customers.csv"));
        int gapColumn = List.of(rows.get(0).split(",")).indexOf("gap_amount");
        for (String row : rows.subList(1, rows.size())) {
            String[] f = row.split(",");
            gapNow.put(f[0], Math.round(Double.parseDouble(f[gapColumn]) * 100));
        }
        Set<String> inData = new HashSet<>();
        Files.readAllLines(secondData.resolve("retail_weekly_sales.csv")).stream().skip(1)
                .forEach(line -> inData.add(line.split(",")[0]));
        Map<String, long[]> tallies = new TreeMap<>();
        for (JsonNode p : first.get("top_priority")) {
            String id = p.get("customer_id").asText();
            long before = Math.round(p.get("gap_amount").doubleValue() * 100);
            int outcome = !inData.contains(id) ? 5 : !gapNow.containsKey(id) ? 1
                    : gapNow.get(id) < before ? 2 : gapNow.get(id) == before ? 3 : 4;
            long recovered = !inData.contains(id) ? 0 : before - gapNow.getOrDefault(id, 0L);
            for (String key : List.of("all", p.get("owner").asText())) {
                long[] t = tallies.computeIfAbsent(key, k -> new long[7]);
                t[0]++;
                t[outcome]++;
                t[6] += recovered;
            }
        }
        Map<String, Map<String, Object>> result = new TreeMap<>();
        tallies.forEach((key, t) -> result.put(key, Map.of("priorities", t[0], "recovered", t[1], "improved", t[2],
                "unchanged", t[3], "worse", t[4], "not_in_data", t[5], "gap_recovered", t[6] / 100.0)));
        return result;
    }

    private static Map<String, Object> counts(JsonNode node) {
        Map<String, Object> counts = new HashMap<>();
        for (String key : List.of("priorities", "recovered", "improved", "unchanged", "worse", "not_in_data")) {
            counts.put(key, node.get(key).asLong());
        }
        counts.put("gap_recovered", node.get("gap_recovered").doubleValue());
        return counts;
    }

    /** The first run's customers.csv row of "gone", by column: the second run's data no longer has it. */
    private static Map<String, String> gone(Path firstOut) throws IOException {
        List<String> rows = Files.readAllLines(firstOut.resolve("customers.csv"));
        List<String> header = List.of(rows.get(0).split(","));
        String[] row = rows.stream().filter(r -> r.startsWith("gone,")).findFirst().orElseThrow().split(",");
        Map<String, String> byColumn = new HashMap<>();
        for (int c = 0; c < header.size(); c++) {
            byColumn.put(header.get(c), row[c]);
        }
        return byColumn;
    }

    /**
     * trend.drivers of the second run: its exposure_by_* minus the first run's, and the totals. The
     * prior week is recomputed from the second run's data, which no longer has {@code gone}: its
     * REI comes off the first run's figures.
     */
    private static void checkDriversAgainstTheTwoRuns(JsonNode first, JsonNode second, Map<String, String> gone) {
        JsonNode drivers = second.get("trend").get("drivers");
        long goneRei = Math.round(Double.parseDouble(gone.get("exposure_index")) * 100);
        assertEquals(first.get("as_of_week").asText(), drivers.get("prior_as_of_week").asText());
        assertEquals(Math.round(first.get("total_rei").doubleValue() * 100) - goneRei,
                Math.round(drivers.get("prior_rei_total").doubleValue() * 100));
        assertEquals(second.get("total_rei").doubleValue(), drivers.get("current_rei_total").doubleValue());
        for (String split : List.of("root_cause", "tier", "store")) {
            Map<String, Long> change = new TreeMap<>();
            second.get("exposure_by_" + split).fields().forEachRemaining(
                    e -> change.merge(e.getKey(), Math.round(e.getValue().doubleValue() * 100), Long::sum));
            first.get("exposure_by_" + split).fields().forEachRemaining(
                    e -> change.merge(e.getKey(), -Math.round(e.getValue().doubleValue() * 100), Long::sum));
            change.merge(gone.get(split.equals("store") ? "store_id" : split), goneRei, Long::sum);
            Map<String, Long> reported = new TreeMap<>();
            Iterator<Map.Entry<String, JsonNode>> fields = drivers.get("by_" + split).fields();
            fields.forEachRemaining(e -> reported.put(e.getKey(), Math.round(e.getValue().doubleValue() * 100)));
            assertEquals(change, reported, split);
        }
    }

    private static JsonNode summary(Path folder) throws IOException {
        return JSON.readTree(folder.resolve("summary.json").toFile());
    }

    /** What {@code run --data DIR --out DIR} does, with the ledger asked to record one-shot runs. */
    private void oneShot(Path data, Path out) throws Exception {
        Main main = new Main(App.class);
        main.configure().withRoutesIncludePattern("file:routes/*.camel.yaml");
        main.addOverrideProperty("rgo.service.enabled", "false");
        main.addOverrideProperty("rgo.ledger.one-shot-runs", "true");
        main.addOverrideProperty("rgo.data-dir", work.resolve("state").toString());
        main.addOverrideProperty("rgo.inbox", work.resolve("inbox").toString());
        main.addOverrideProperty("rgo.outbox", work.resolve("outbox").toString());
        try {
            main.start();
            main.getCamelContext().createProducerTemplate()
                    .requestBodyAndHeader("direct:one-shot", data.toString(), "rgoOutputFolder", out.toString());
        } finally {
            main.stop();
        }
    }
}
