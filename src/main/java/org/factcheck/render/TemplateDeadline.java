package org.factcheck.render;

import freemarker.template.Configuration;
import freemarker.template.Template;
import freemarker.template.Version;

import java.io.IOException;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * A time bound on rendering one page: templates come from pull requests too, and a loop over a
 * billion items or a macro calling itself would otherwise keep {@code build} (and {@code serve})
 * busy for ever. Every template gets FreeMarker's thread-interruption checks (in each loop and
 * macro body), and a watchdog interrupts a page's rendering thread when its time is up.
 */
final class TemplateDeadline {

    /** Raised when a page took longer than its deadline; the caller names the template and the page. */
    static final class Expired extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Expired() {
            super(null, null, false, false);
        }
    }

    /**
     * A FreeMarker configuration whose every template, the page's own and every one it includes or
     * imports, stops at its next loop or macro step once its thread is interrupted.
     */
    static final class InterruptibleConfiguration extends Configuration {
        private final Set<Template> checked = Collections.newSetFromMap(new IdentityHashMap<>());

        InterruptibleConfiguration(Version version) {
            super(version);
        }

        @Override
        public Template getTemplate(String name, Locale locale, Object customLookupCondition, String encoding, boolean parseAsFTL,
                                    boolean ignoreMissing) throws IOException {
            Template t = super.getTemplate(name, locale, customLookupCondition, encoding, parseAsFTL, ignoreMissing);
            if (t != null) {
                // Cached templates are shared between threads: the checks go in once, before any thread renders it.
                synchronized (checked) {
                    if (checked.add(t)) {
                        freemarker.core._CoreAPI.addThreadInterruptedChecks(t);
                    }
                }
            }
            return t;
        }
    }

    private final long millis;
    /** One watchdog thread for every build of the process (serve rebuilds many times). */
    private static final ScheduledExecutorService WATCHDOG = watchdog();

    private static ScheduledExecutorService watchdog() {
        java.util.concurrent.ScheduledThreadPoolExecutor e = new java.util.concurrent.ScheduledThreadPoolExecutor(1, r -> {
            Thread t = new Thread(r, "factcheck-template-deadline");
            t.setDaemon(true);
            return t;
        });
        // A page that finished in time takes its alarm out of the queue at once.
        e.setRemoveOnCancelPolicy(true);
        return e;
    }

    TemplateDeadline(long seconds) {
        this.millis = TimeUnit.SECONDS.toMillis(seconds);
    }

    /** Renders something that may not finish; throws {@link Expired} when the deadline passed first. */
    void run(Runnable render) {
        Thread thread = Thread.currentThread();
        Object lock = new Object();
        boolean[] state = new boolean[2]; // [0]: finished, [1]: interrupted by the watchdog
        ScheduledFuture<?> alarm = WATCHDOG.schedule(() -> {
            synchronized (lock) {
                if (!state[0]) {
                    state[1] = true;
                    thread.interrupt();
                }
            }
        }, millis, TimeUnit.MILLISECONDS);
        RuntimeException failure = null;
        Error error = null;
        try {
            render.run();
        } catch (RuntimeException e) {
            failure = e;
        } catch (Error e) {
            error = e;
        } finally {
            alarm.cancel(false);
            synchronized (lock) {
                state[0] = true;
            }
        }
        if (state[1]) {
            // The interrupt was ours: clear it so the thread's next file write is not refused.
            Thread.interrupted();
            throw new Expired();
        }
        if (error != null) {
            throw error;
        }
        if (failure != null) {
            throw failure;
        }
    }
}
