package org.rgo.hardening;

import org.junit.jupiter.api.Test;
import org.rgo.ingest.InputKind;
import org.rgo.ingest.StagingArea;
import org.rgo.support.Csv;
import org.rgo.support.Folders;
import org.rgo.support.Inbox;

import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The staging area's memory across runs and restarts, on a clock the test moves. */
class StagingAreaRetryTest {

    private static final long QUIET = 100;
    private static final long RETRY = 1_000;

    private final AtomicLong now = new AtomicLong(1_000_000);

    private StagingArea stagedSample(Path inbox) {
        StagingArea staging = new StagingArea(inbox, now::get, RETRY);
        for (InputKind kind : InputKind.values()) {
            // the parsed table is only a cache; null makes the next read parse the staged copy
            staging.stage(kind, Inbox.SAMPLES.resolve(kind.stagedFileName()));
        }
        now.addAndGet(QUIET);
        return staging;
    }

    @Test
    void aSetWhoseRunDidNotFinishIsHandedOutAgainOnlyAfterTheRetryDelay() {
        StagingArea staging = stagedSample(Folders.wiped(Path.of("target/hardening/staging-retry/inbox")));

        Optional<StagingArea.Snapshot> first = staging.readyForRun(QUIET);
        assertTrue(first.isPresent());
        assertFalse(staging.readyForRun(QUIET).isPresent(), "not again at once after a failed run");
        now.addAndGet(RETRY - 1);
        assertFalse(staging.readyForRun(QUIET).isPresent(), "not before the retry delay");
        now.addAndGet(1);
        assertEquals(first, staging.readyForRun(QUIET), "again once the delay is over");

        staging.markRun(first.get().fingerprint());
        now.addAndGet(RETRY);
        assertFalse(staging.readyForRun(QUIET).isPresent(), "a set that ran is not handed out again");
    }

    @Test
    void aChangedSetIsHandedOutAtOnceEvenWhileTheOldOneWaitsToBeRetried() {
        Path inbox = Folders.wiped(Path.of("target/hardening/staging-changed/inbox"));
        StagingArea staging = stagedSample(inbox);
        String old = staging.readyForRun(QUIET).orElseThrow().fingerprint();

        Path changed = new Inbox(inbox.resolveSibling("drop")).drop("retail_weekly_sales.csv",
                Csv.withField(Inbox.sampleLines(Inbox.SALES), 2, "weekly_spend", "1.00"));
        staging.stage(InputKind.SALES, changed);
        now.addAndGet(QUIET);

        StagingArea.Snapshot next = staging.readyForRun(QUIET).orElseThrow(() -> new AssertionError("not handed out"));
        assertNotEquals(old, next.fingerprint());
    }

    @Test
    void theLastRunIsRememberedByANewProcessAndAnUnfinishedRunIsRedoneAtOnce() {
        Path inbox = Folders.wiped(Path.of("target/hardening/staging-restart/inbox"));
        StagingArea before = stagedSample(inbox);
        String fingerprint = before.readyForRun(QUIET).orElseThrow().fingerprint();

        StagingArea afterInterruptedRun = new StagingArea(inbox, now::get, RETRY);
        assertEquals(fingerprint, afterInterruptedRun.readyForRun(QUIET).orElseThrow().fingerprint(),
                "a run interrupted before it was marked is redone on start, without waiting");
        afterInterruptedRun.markRun(fingerprint);

        StagingArea afterFinishedRun = new StagingArea(inbox, now::get, RETRY);
        assertFalse(afterFinishedRun.readyForRun(QUIET).isPresent());
    }
}
