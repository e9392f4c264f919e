package org.smimeconformance.protocol;

import java.time.Duration;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * The workers of {@link ProtocolServer}, with a deadline on the time each spends waiting for a
 * connection's bytes: the JDK's HTTP server reads a request's line and headers on the worker it
 * hands the connection to, and the handler reads the body and writes the answer there too, so a
 * caller that sends a byte every few seconds (or never reads its answer) would hold a worker for as
 * long as it likes.
 *
 * <p>Each exchange's worker is watched from the exchange's first byte: while it reads the request
 * (line, headers, body) and while it writes the answer, its {@link Watch} is armed; past the
 * deadline the worker is interrupted, which closes the connection it is blocked on (its channel is
 * interruptible) and frees the worker. While the implementation works on a call, the watch is
 * disarmed: an operation's own time is bounded by the world's timeouts, not here.
 *
 * <p>The deadlines are the server's own, so that they hold whatever system properties the JVM was
 * started with ({@code sun.net.httpserver.maxReqTime} and {@code maxRspTime} are read once per JVM,
 * and the latter would also cut an operation that works long).
 */
final class ExchangeDeadlines implements Executor {

    private final ThreadPoolExecutor workers;
    private final ScheduledThreadPoolExecutor timer;
    private final long limitNanos;
    private final ThreadLocal<Watch> current = new ThreadLocal<>();

    ExchangeDeadlines(ThreadPoolExecutor workers, Duration limit) {
        this.workers = workers;
        this.limitNanos = limit.toNanos();
        this.timer = new ScheduledThreadPoolExecutor(1, task -> {
            Thread thread = new Thread(task, "protocol-server-deadlines");
            thread.setDaemon(true);
            return thread;
        });
        timer.setRemoveOnCancelPolicy(true);
    }

    /** Runs one exchange of the JDK's server on a worker, watched from its start (the request's first byte). */
    @Override
    public void execute(Runnable exchange) {
        workers.execute(() -> {
            Watch watch = new Watch(Thread.currentThread());
            current.set(watch);
            watch.arm();
            try {
                exchange.run();
            } finally {
                watch.disarm();
                current.remove();
            }
        });
    }

    /** The watch of the exchange this thread serves; one that does nothing outside the workers. */
    Watch current() {
        Watch watch = current.get();
        return watch == null ? new Watch(null) : watch;
    }

    /** How many workers are serving an exchange now. */
    int busy() {
        return workers.getActiveCount();
    }

    /** Stops the workers (interrupting them) and the timer. */
    void shutdownNow() {
        timer.shutdownNow();
        workers.shutdownNow();
    }

    /** The deadline of one exchange's worker: armed while it waits for the connection, disarmed while it works. */
    final class Watch {
        private final Thread worker;
        /** Which arming a firing belongs to; guarded by {@code this}. */
        private long generation;
        private ScheduledFuture<?> pending;
        private boolean fired;

        private Watch(Thread worker) {
            this.worker = worker;
        }

        /** Starts the clock again: past the limit from now, the worker is interrupted. */
        synchronized void arm() {
            if (worker == null) {
                return;
            }
            stop();
            long armed = ++generation;
            try {
                pending = timer.schedule(() -> fire(armed), limitNanos, TimeUnit.NANOSECONDS);
            } catch (RejectedExecutionException e) {
                // the server is closing: its connections are closed anyway
            }
        }

        /**
         * Stops the clock; called by the worker itself. An interrupt the deadline already delivered is
         * cleared (the blocked read or write it was for has failed, its connection closed), so that
         * what runs next on this worker is not interrupted.
         */
        synchronized void disarm() {
            stop();
            generation++;
            if (fired) {
                fired = false;
                Thread.interrupted();
            }
        }

        private void stop() {
            if (pending != null) {
                pending.cancel(false);
                pending = null;
            }
        }

        private synchronized void fire(long armed) {
            if (armed != generation || pending == null) {
                return;
            }
            pending = null;
            fired = true;
            // within the lock: by the time disarm() runs, the interrupt has been delivered
            worker.interrupt();
        }
    }
}
