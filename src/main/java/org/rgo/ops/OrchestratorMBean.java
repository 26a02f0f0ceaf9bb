package org.rgo.ops;

/** The operator's view of the pipeline, registered as {@code rgo:type=Orchestrator}. */
public interface OrchestratorMBean {

    String getLastRunId();

    String getLastRunStatus();

    String getLastRunTime();

    Long getLastRunDurationMillis();

    String getLastAsOfWeek();

    Double getLastTotalRei();

    Double getLastTotalGap();

    Integer getLastCustomersAtRisk();

    String getLastVerdict();

    String getLastOutputFolder();

    String getLastError();

    String[] getLastGateReasons();

    String[] getHeldRuns();

    String[] getLastRunStepTimes();

    String[] getStagedFiles();

    String[] getMissingDataSets();

    String[] getRejectedFiles();

    int getRejectedFileCount();

    int getPendingEmails();

    String runNow();

    String sendLatestReport();

    String releaseHeldRun(String runId);
}
