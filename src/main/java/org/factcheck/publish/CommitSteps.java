package org.factcheck.publish;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * A test hook on the steps of an incremental commit (journal written, each file moved, each file
 * deleted, marker written, manifest saved, journal removed), so that a test can kill a build at a
 * chosen point of the commit rather than by luck. It does nothing unless the system property
 * {@value #PROPERTY} is set to a step number N: then, after its N-th step, the commit prints one
 * line ({@code factcheck-test: commit paused after step N: ...}) to standard error and waits until
 * the process is killed.
 */
public final class CommitSteps {

    /** The system property that pauses a commit after that many steps; for tests only. */
    public static final String PROPERTY = "factcheck.test.pauseCommitAfterSteps";
    private static final AtomicInteger DONE = new AtomicInteger();

    private CommitSteps() {
    }

    /** Counts one step of a commit; pauses the process for good after the step the property names. */
    public static void done(String what) {
        String pause = System.getProperty(PROPERTY);
        if (pause == null) {
            return;
        }
        int n = DONE.incrementAndGet();
        if (n != Integer.parseInt(pause.strip())) {
            return;
        }
        System.err.println("factcheck-test: commit paused after step " + n + ": " + what);
        System.err.flush();
        while (true) {
            try {
                Thread.sleep(60_000);
            } catch (InterruptedException e) {
                // Only a kill ends the pause: the test that set the property kills the process here.
            }
        }
    }
}
