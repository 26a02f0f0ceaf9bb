package org.rgo.ops.http;

import org.rgo.delivery.RunFolders;
import org.rgo.ingest.InputKind;
import org.rgo.ledger.RunRecord;
import org.rgo.ops.OperatorView;
import org.rgo.ops.OperatorView.RejectedFile;
import org.rgo.ops.OperatorView.StagedDataSet;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The runs page: the latest runs with their reports, the staged data, rejected files with their
 * reasons and the mail waiting, as one server-rendered HTML page. No scripts and nothing fetched
 * from elsewhere, so it reads offline and on a phone; every text from the ledger or the folders
 * is escaped.
 */
final class RunsPage {

    static final int RUNS_SHOWN = 25;
    static final int REJECTED_SHOWN = 20;
    static final int REASON_CHARS = 4000;
    static final String CONTENT_SECURITY_POLICY =
            "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'; "
                    + "frame-ancestors 'none'";

    private static final String STYLE = """
            body{font:15px/1.45 system-ui,-apple-system,"Segoe UI",sans-serif;color:#1b1b1b;margin:0 auto;\
            max-width:70rem;padding:.8rem}
            h1{font-size:1.35rem;margin:.2rem 0}h2{font-size:1.1rem;margin:1.6rem 0 .4rem;\
            border-bottom:1px solid #ccc}
            .meta{color:#555;font-size:.9rem}.scroll{overflow-x:auto}
            table{border-collapse:collapse;width:100%}th,td{text-align:left;padding:.3rem .5rem;\
            border-bottom:1px solid #e4e4e4;white-space:nowrap;vertical-align:top}
            th{font-weight:600;background:#f3f3f3}td.num{text-align:right;font-variant-numeric:tabular-nums}
            td.wrap{white-space:normal;min-width:14rem}.SUCCEEDED{color:#146c36}.FAILED{color:#b00020}
            .RUNNING{color:#8a6100}small{color:#666}
            pre{white-space:pre-wrap;overflow-wrap:anywhere;background:#f6f6f6;padding:.5rem;margin:.3rem 0;\
            font-size:.82rem;max-height:16rem;overflow-y:auto}
            ul{padding-left:1.2rem}li{margin:.2rem 0}
            """;

    private final OperatorView view;
    private final ReportFiles reports;

    RunsPage(OperatorView view, ReportFiles reports) {
        this.view = view;
        this.reports = reports;
    }

    String html() {
        Instant now = view.now().truncatedTo(ChronoUnit.SECONDS);
        StringBuilder page = new StringBuilder(16_384);
        page.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
                .append("<title>Runs - Revenue Gap Orchestrator</title><style>").append(STYLE).append("</style></head>\n")
                .append("<body><h1>Revenue Gap Orchestrator</h1>")
                .append("<p class=\"meta\">Page made ").append(esc(now.toString()))
                .append(" &middot; <a href=\"observe/health\">health</a> &middot; <a href=\"observe/metrics\">metrics</a></p>\n");
        runs(page);
        staged(page, now);
        rejected(page);
        mail(page);
        return page.append("</body></html>\n").toString();
    }

    private void runs(StringBuilder page) {
        List<RunRecord> runs = view.recentRuns(RUNS_SHOWN);
        page.append("<h2 id=\"runs\">Latest runs</h2>\n");
        if (runs.isEmpty()) {
            page.append("<p>No runs yet: drop the three exports into the inbox.</p>\n");
            return;
        }
        // the report first after the status: on a phone the columns to its right are scrolled to
        page.append("<div class=\"scroll\"><table><thead><tr><th>As-of week</th><th>Status</th><th>Report</th>")
                .append("<th>Total REI</th><th>Verdict</th><th>Duration</th><th>Delivery</th><th>Started (UTC)</th>")
                .append("<th>Run</th></tr></thead><tbody>\n");
        for (RunRecord run : runs) {
            String status = run.status().name();
            page.append("<tr id=\"run-").append(esc(run.runId())).append("\"><td>").append(esc(text(run.asOfWeek())))
                    .append("</td><td class=\"").append(esc(status)).append("\">").append(esc(status))
                    .append("</td><td>").append(reportLinks(run))
                    .append("</td><td class=\"num\">").append(run.totalRei() == null ? "" : esc(money(run.totalRei())))
                    .append("</td><td>").append(esc(text(run.verdict())))
                    .append("</td><td class=\"num\">").append(run.finishedAt() == null ? "" : esc(seconds(run.durationMillis())))
                    .append("</td><td>").append(esc(run.delivery().name()))
                    .append("</td><td>").append(esc(run.startedAt().truncatedTo(ChronoUnit.SECONDS).toString()))
                    .append("</td><td><small>").append(esc(run.runId())).append("</small></td></tr>\n");
            if (run.error() != null) {
                page.append("<tr><td></td><td class=\"wrap\" colspan=\"8\"><small>").append(esc(run.error()))
                        .append("</small></td></tr>\n");
            }
        }
        page.append("</tbody></table></div>\n");
    }

    private String reportLinks(RunRecord run) {
        if (run.outputFolder() == null) {
            return "";
        }
        String folder = Path.of(run.outputFolder()).getFileName().toString();
        if (!RunFolders.isRunName(folder) || reports.find(folder, "report.html").isEmpty()) {
            return "";
        }
        String base = "runs/" + esc(folder) + "/";
        return "<a href=\"" + base + "report.html\">report</a> &middot; <a href=\"" + base + "summary.json\">summary.json</a>";
    }

    private void staged(StringBuilder page, Instant now) {
        Map<InputKind, StagedDataSet> staged = view.staged();
        page.append("<h2 id=\"staged\">Staged data</h2>\n<ul>\n");
        for (InputKind kind : InputKind.values()) {
            StagedDataSet file = staged.get(kind);
            page.append("<li><b>").append(esc(kind.prefix())).append("</b>: ");
            if (file == null) {
                page.append("nothing staged; a run needs all three data sets");
            } else {
                Instant at = file.stagedAt().truncatedTo(ChronoUnit.SECONDS);
                page.append(esc(file.fileName())).append(", staged ").append(esc(at.toString())).append(" (")
                        .append(esc(OperatorView.age(Duration.between(at, now)))).append(" ago)");
            }
            page.append("</li>\n");
        }
        page.append("</ul>\n");
    }

    private void rejected(StringBuilder page) {
        List<RejectedFile> rejected = view.rejectedFiles();
        page.append("<h2 id=\"rejected\">Rejected files</h2>\n");
        if (rejected.isEmpty()) {
            page.append("<p>None.</p>\n");
            return;
        }
        page.append("<p>").append(rejected.size()).append(" in the inbox's .error folder, newest first")
                .append(rejected.size() > REJECTED_SHOWN ? " (the first " + REJECTED_SHOWN + " shown)" : "")
                .append(".</p>\n");
        for (RejectedFile file : rejected.subList(0, Math.min(REJECTED_SHOWN, rejected.size()))) {
            String reason = file.reason(REASON_CHARS + 1);
            page.append("<h3>").append(esc(file.name())).append(" <small>")
                    .append(esc(file.rejectedAt().truncatedTo(ChronoUnit.SECONDS).toString())).append("</small></h3>")
                    .append("<pre>").append(esc(reason.length() > REASON_CHARS ? reason.substring(0, REASON_CHARS) + "\n..." : reason))
                    .append("</pre>\n");
        }
    }

    private void mail(StringBuilder page) {
        List<String> pending = view.pendingMail();
        page.append("<h2 id=\"mail\">Mail</h2>\n<p>").append(pending.size()).append(" waiting, ")
                .append(view.sentMail()).append(" sent.</p>\n");
        if (pending.isEmpty()) {
            return;
        }
        page.append("<ul>\n");
        for (String run : pending) {
            RunRecord.Delivery status = view.mailStatus(run);
            page.append("<li>").append(esc(run)).append(": ")
                    .append(status == RunRecord.Delivery.FAILED
                            ? "the last attempt failed; the reason is in outbox/mail/pending/" + esc(run) + ".error.txt"
                            : "waiting for delivery")
                    .append("</li>\n");
        }
        page.append("</ul>\n");
    }

    /** HTML text and attribute values: the five characters that can end one. */
    static String esc(String text) {
        StringBuilder escaped = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> escaped.append("&amp;");
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '"' -> escaped.append("&quot;");
                case '\'' -> escaped.append("&#39;");
                default -> escaped.append(c);
            }
        }
        return escaped.toString();
    }

    private static String text(Object value) {
        return value == null ? "" : value.toString();
    }

    private static String money(double value) {
        return String.format(Locale.ROOT, "%,.2f", value);
    }

    private static String seconds(long millis) {
        return String.format(Locale.ROOT, "%.1f s", millis / 1000.0);
    }
}
