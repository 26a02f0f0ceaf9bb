package org.rgo.ops;

import javax.management.MBeanAttributeInfo;
import javax.management.MBeanInfo;
import javax.management.MBeanOperationInfo;
import javax.management.StandardMBean;
import java.util.Map;

/** The orchestrator as JConsole and VisualVM show it: every attribute and operation with a tooltip. */
final class DescribedOrchestrator extends StandardMBean {

    private static final Map<String, String> DESCRIPTIONS = Map.ofEntries(
            Map.entry("LastRunId", "Id of the newest run in the ledger (any status)"),
            Map.entry("LastRunStatus", "RUNNING, SUCCEEDED, FAILED, or HELD (reported but held back from mail by"
                    + " the data gate); NONE before the first run"),
            Map.entry("LastRunTime", "When the newest run started (ISO-8601, UTC)"),
            Map.entry("LastRunDurationMillis", "How long the newest run took; empty while it runs"),
            Map.entry("LastAsOfWeek", "The as-of week (week start) the newest run reported on"),
            Map.entry("LastTotalRei", "Total revenue exposure index of the newest run; empty unless it succeeded"),
            Map.entry("LastTotalGap", "Total revenue gap of the newest run; empty unless it succeeded"),
            Map.entry("LastCustomersAtRisk", "Customers with a revenue gap in the newest run"),
            Map.entry("LastVerdict", "Executive verdict of the newest run (LOW, MEDIUM, HIGH)"),
            Map.entry("LastOutputFolder", "Run folder in the outbox with the newest run's reports"),
            Map.entry("LastError", "Why the newest run failed; empty unless it failed"),
            Map.entry("LastGateReasons", "Why the data gate held the newest run: each figure, its expected range"
                    + " and threshold key; empty unless it was held"),
            Map.entry("HeldRuns", "Runs the data gate held and nobody released yet, newest first: run id, as-of week,"
                    + " report folder"),
            Map.entry("LastRunStepTimes", "Time per layer and step of the last run finished since the service started"),
            Map.entry("StagedFiles", "Each data set staged for the next run: file name, when staged, age"),
            Map.entry("MissingDataSets", "Data sets with nothing staged; a run needs all three"),
            Map.entry("RejectedFiles", "Files moved to <inbox>/.error, newest first; the reason is in <name>.error.txt"),
            Map.entry("RejectedFileCount", "Number of files in <inbox>/.error (without the .error.txt reasons)"),
            Map.entry("PendingEmails", "Emails in <outbox>/mail/pending waiting to be sent"),
            Map.entry("runNow", "Runs the analysis on the staged data now, even if it has not changed; "
                    + "returns the run id and report folder, fails when the staged set is incomplete"),
            Map.entry("sendLatestReport", "Emails the report of the latest successful run"),
            Map.entry("releaseHeldRun", "Releases a run the data gate held (give its run id, see HeldRuns) after"
                    + " checking its data: its report is mailed as usual, once"));

    DescribedOrchestrator(OrchestratorMBean orchestrator) {
        super(orchestrator, OrchestratorMBean.class, false);
    }

    @Override
    protected String getDescription(MBeanInfo info) {
        return "Revenue Gap Orchestrator: the last run, the staged data, rejected files and mail; run or send now";
    }

    @Override
    protected String getDescription(MBeanAttributeInfo info) {
        return DESCRIPTIONS.getOrDefault(info.getName(), info.getDescription());
    }

    @Override
    protected String getDescription(MBeanOperationInfo info) {
        return DESCRIPTIONS.getOrDefault(info.getName(), info.getDescription());
    }
}
