package dev.slotwise.load;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import org.HdrHistogram.ConcurrentHistogram;
import org.HdrHistogram.Histogram;

/**
 * Drives a workload and measures it. Two ways:
 * <ul>
 *   <li><b>closed loop</b>: N clients, each sending its next request as soon as the last is answered; the rate
 *       they reach is the maximum throughput at that concurrency;</li>
 *   <li><b>open loop</b>: requests at a fixed rate whatever the answers, with each latency counted from when the
 *       request was due, not from when it was sent, so that a stalled server cannot hide its queue (no
 *       coordinated omission).</li>
 * </ul>
 */
final class LoadRun {
  /** An open loop gives up once this many requests are in flight: the server is not keeping up. */
  private static final int MAX_IN_FLIGHT = 2_000;

  private LoadRun() {}

  /**
   * What one run measured; latencies in microseconds.
   *
   * @param clients closed loop: the clients; open loop: the clients the calls rotate through
   * @param targetRate open loop: the requests per second asked for; 0 for a closed loop
   */
  record Result(String workload, int clients, double targetRate, Duration elapsed, long ok, long refused,
      long errors, Histogram latencies) {

    long completed() {
      return ok + refused + errors;
    }

    double throughput() {
      return completed() / (elapsed.toNanos() / 1e9);
    }

    double percentileMillis(double percentile) {
      return latencies.getValueAtPercentile(percentile) / 1000.0;
    }
  }

  static Result closedLoop(GraphQlClient api, Workload workload, int clients, Duration duration) throws InterruptedException {
    Counters counters = new Counters(api);
    long start = System.nanoTime();
    long deadline = start + duration.toNanos();
    List<Thread> threads = new ArrayList<>();
    for (int i = 0; i < clients; i++) {
      int client = i;
      threads.add(Thread.ofVirtual().name("client-" + client).start(() -> {
        while (System.nanoTime() < deadline && counters.failure.get() == null) {
          Workload.Call call = counters.next(workload, client);
          if (call != null) {
            counters.record(call, System.nanoTime());
          }
        }
      }));
    }
    for (Thread thread : threads) {
      thread.join();
    }
    counters.throwIfBroken();
    return counters.result(workload, clients, 0, Duration.ofNanos(System.nanoTime() - start));
  }

  static Result openLoop(GraphQlClient api, Workload workload, int clients, double rate, Duration duration)
      throws InterruptedException {
    Counters counters = new Counters(api);
    Semaphore inFlight = new Semaphore(MAX_IN_FLIGHT);
    long period = (long) (1e9 / rate);
    long total = (long) (duration.toNanos() / 1e9 * rate);
    long start = System.nanoTime();
    try (ExecutorService senders = Executors.newVirtualThreadPerTaskExecutor()) {
      for (long n = 0; n < total; n++) {
        long due = start + n * period;
        long wait = due - System.nanoTime();
        if (wait > 0) {
          LockSupport.parkNanos(wait);
        }
        if (!inFlight.tryAcquire()) {
          throw new IllegalStateException(workload.name() + " at " + rate + "/s: " + MAX_IN_FLIGHT
              + " requests in flight; the server is not keeping up with this rate");
        }
        int client = (int) (n % clients);
        senders.execute(() -> {
          try {
            Workload.Call call = counters.next(workload, client);
            if (call != null) {
              counters.record(call, due);
            }
          } finally {
            inFlight.release();
          }
        });
      }
      senders.shutdown();
      senders.awaitTermination(2, TimeUnit.MINUTES);
    }
    counters.throwIfBroken();
    return counters.result(workload, clients, rate, Duration.ofNanos(System.nanoTime() - start));
  }

  /** Thread-safe tallies of one run. */
  private static final class Counters {
    private final Histogram latencies = new ConcurrentHistogram(TimeUnit.MINUTES.toMicros(2), 3);
    private final AtomicLong ok = new AtomicLong();
    private final AtomicLong refused = new AtomicLong();
    private final AtomicLong errors = new AtomicLong();
    private final AtomicLong reportedErrors = new AtomicLong();
    private final GraphQlClient api;
    /** A workload that cannot make its next call (it ran out of free times, say) ends the run. */
    private final java.util.concurrent.atomic.AtomicReference<RuntimeException> failure =
        new java.util.concurrent.atomic.AtomicReference<>();

    Counters(GraphQlClient api) {
      this.api = api;
    }

    Workload.Call next(Workload workload, int client) {
      try {
        return workload.next(client);
      } catch (RuntimeException broken) {
        failure.compareAndSet(null, broken);
        return null;
      }
    }

    void throwIfBroken() {
      if (failure.get() != null) {
        throw new IllegalStateException("The workload could not go on", failure.get());
      }
    }

    /** Sends the call and records its latency from {@code since}, when it was sent or due. */
    void record(Workload.Call call, long since) {
      Workload.Outcome outcome;
      try {
        outcome = call.judge(api.send(call.request()));
      } catch (Exception failed) {
        outcome = Workload.Outcome.ERROR;
        if (reportedErrors.incrementAndGet() <= 5) {
          System.err.println("load: a request failed: " + failed);
        }
      }
      latencies.recordValue(Math.min(latencies.getHighestTrackableValue(), (System.nanoTime() - since) / 1000));
      switch (outcome) {
        case OK -> ok.incrementAndGet();
        case REFUSED -> refused.incrementAndGet();
        case ERROR -> errors.incrementAndGet();
      }
    }

    Result result(Workload workload, int clients, double rate, Duration elapsed) {
      return new Result(workload.name(), clients, rate, elapsed, ok.get(), refused.get(), errors.get(),
          latencies.copy());
    }
  }
}
