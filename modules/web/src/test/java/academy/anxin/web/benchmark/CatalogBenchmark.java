package academy.anxin.web.benchmark;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The public pages and the catalog API against the trivial endpoint (issue 18), run by {@code setup/bench/catalog}
 * against a platform started with {@code --demo} on a fresh database. Every request is a visitor's: no cookie, no
 * session, {@code Accept-Language: zh-CN} ({@link BenchHttp}).
 *
 * <ol>
 *   <li>Finds the peak rate (closed loop: {@code bench.concurrency} callers, each sending its next request when the
 *       last one is answered) of {@code GET /.well-known/jwks.json} (the trivial endpoint), the catalog page, a
 *       course page and {@code GET /api/v1/catalog/courses}, each after a warm-up; all of it {@code bench.rounds}
 *       times, the endpoints taken in turn, so that a burst of the machine's other work does not fall on one
 *       endpoint only. Each endpoint's figure is the best of its rounds, each round printed.</li>
 *   <li>Prints the ratios to the trivial endpoint of the best rounds, which the targets are read on (catalog page and
 *       catalog API each at least 0.5), and each round's (the endpoint against the trivial endpoint moments before)
 *       with their median, for the spread: the first round's is inflated, as the trivial endpoint goes first on a
 *       server just started.</li>
 *   <li>Calls the course page at half its peak (measured again just before each such round), each call started on a
 *       fixed schedule whatever the earlier ones are doing (an open loop: a slow answer cannot hide the ones due
 *       behind it), and prints p50 and p95 measured from each call's scheduled start (target: p95 under
 *       100 ms).</li>
 * </ol>
 * Properties: {@code bench.base}, {@code bench.course} (a course code; default the first the API lists),
 * {@code bench.concurrency} (8), {@code bench.seconds} (15), {@code bench.warmup} (10), {@code bench.rounds} (2).
 */
public final class CatalogBenchmark {

    private static final Pattern FIRST_CODE = Pattern.compile("\"code\":\"([^\"]+)\"");

    private CatalogBenchmark() {
    }

    record Phase(double rate, Latencies latencies, long failed) {
    }

    public static void main(String[] args) throws Exception {
        String base = System.getProperty("bench.base", "http://localhost:8299/");
        int concurrency = Integer.getInteger("bench.concurrency", 8);
        int seconds = Integer.getInteger("bench.seconds", 15);
        int warmup = Integer.getInteger("bench.warmup", 10);
        int rounds = Integer.getInteger("bench.rounds", 2);

        try (BenchHttp http = new BenchHttp(base, Math.max(concurrency, 256), Duration.ofSeconds(30))) {
            BenchHttp.Reply list = http.get("api/v1/catalog/courses", null).get(30, TimeUnit.SECONDS);
            Matcher first = FIRST_CODE.matcher(list.body());
            if (list.status() != 200 || !first.find()) {
                throw new IllegalStateException("the catalog API does not list courses: " + list.status() + " "
                        + list.body());
            }
            String course = System.getProperty("bench.course", first.group(1));
            Map<String, String> endpoints = new LinkedHashMap<>();
            endpoints.put("GET /.well-known/jwks.json (trivial)", ".well-known/jwks.json");
            endpoints.put("GET /catalog.xhtml", "catalog.xhtml");
            endpoints.put("GET /course.xhtml?code=" + course, "course.xhtml?code=" + course);
            endpoints.put("GET /api/v1/catalog/courses", "api/v1/catalog/courses");
            for (String path : endpoints.values()) {
                BenchHttp.Reply reply = http.get(path, null).get(30, TimeUnit.SECONDS);
                if (reply.status() != 200 || reply.cookies().stream().anyMatch(c -> c.startsWith("JSESSIONID"))) {
                    throw new IllegalStateException(path + " answered " + reply.status() + " with cookies "
                            + reply.cookies() + ": not a visitor's page");
                }
            }

            Map<String, List<Phase>> peaks = new LinkedHashMap<>();
            for (int round = 1; round <= rounds; round++) {
                for (Map.Entry<String, String> endpoint : endpoints.entrySet()) {
                    System.out.printf("round %d: %s, warm-up %d s, then %d callers for %d s%n", round,
                            endpoint.getKey(), warmup, concurrency, seconds);
                    closedLoop(http, endpoint.getValue(), concurrency, warmup);
                    Phase peak = closedLoop(http, endpoint.getValue(), concurrency, seconds);
                    System.out.printf("  %.0f requests/s, %s, %d failed%n", peak.rate(),
                            peak.latencies().summary(), peak.failed());
                    peaks.computeIfAbsent(endpoint.getKey(), k -> new ArrayList<>()).add(peak);
                }
            }
            String coursePath = "course.xhtml?code=" + course;
            List<Phase> paced = new ArrayList<>();
            for (int round = 1; round <= rounds; round++) {
                // the peak again just before, so that the half is of what the machine gives now: its other work
                // comes and goes, and half of a quiet minute's peak can be more than a busy minute's whole
                double half = closedLoop(http, coursePath, concurrency, seconds).rate() / 2;
                System.out.printf("round %d: the course page at %.0f requests/s (half its peak just measured), each "
                        + "started on schedule, for %d s%n", round, half, seconds);
                Phase phase = openLoop(http, coursePath, half, seconds);
                System.out.printf("  %.0f requests/s, %s, %d failed%n", phase.rate(), phase.latencies().summary(),
                        phase.failed());
                paced.add(phase);
            }

            double trivial = best(peaks.values().iterator().next()).rate();
            System.out.println();
            System.out.printf("== Catalog benchmark (%d CPUs, the caller on the same machine; %d callers; best of %d "
                    + "rounds) ==%n", Runtime.getRuntime().availableProcessors(), concurrency, rounds);
            System.out.printf("%-45s %10s %8s  %s%n", "peak (closed loop)", "requests/s", "ratio", "rounds");
            for (Map.Entry<String, List<Phase>> endpoint : peaks.entrySet()) {
                Phase best = best(endpoint.getValue());
                System.out.printf("%-45s %10.0f %8.3f  %s · %s%n", endpoint.getKey(), best.rate(),
                        best.rate() / trivial, endpoint.getValue().stream()
                                .map(p -> String.format("%.0f/s", p.rate())).toList(), best.latencies().summary());
            }
            for (Phase phase : paced) {
                System.out.printf("%-45s %10.0f %8s  %s%n", "course page at half its peak (open loop)",
                        phase.rate(), "", phase.latencies().summary());
            }
            // each round's ratio to the trivial endpoint measured moments before, for the reader to see the spread; the
            // first round's is inflated (the trivial endpoint goes first, on a server just started), so the targets
            // are read on the best rounds
            List<Phase> trivialRounds = peaks.values().iterator().next();
            for (Map.Entry<String, List<Phase>> endpoint : peaks.entrySet()) {
                System.out.printf("%-45s per-round ratios %s, median %.3f%n", endpoint.getKey(),
                        ratios(endpoint.getValue(), trivialRounds).stream().map(r -> String.format("%.3f", r))
                                .toList(), median(ratios(endpoint.getValue(), trivialRounds)));
            }
            double catalogRatio = best(peaks.get("GET /catalog.xhtml")).rate() / trivial;
            double apiRatio = best(peaks.get("GET /api/v1/catalog/courses")).rate() / trivial;
            double worstP95 = paced.stream().mapToDouble(p -> p.latencies().percentileMillis(0.95)).max().orElse(
                    Double.NaN);
            System.out.printf("best rounds: catalog page %.3f × trivial (target ≥ 0.5: %s); catalog API %.3f × (target ≥ 0.5: %s); "
                    + "course page p95 at half its peak, worst round %s (target < 100 ms: %s)%n", catalogRatio,
                    catalogRatio >= 0.5 ? "met" : "NOT met", apiRatio, apiRatio >= 0.5 ? "met" : "NOT met",
                    Latencies.ms(worstP95), worstP95 < 100 ? "met" : "NOT met");
        }
    }

    private static List<Double> ratios(List<Phase> rounds, List<Phase> trivial) {
        List<Double> ratios = new ArrayList<>();
        for (int i = 0; i < rounds.size(); i++) {
            ratios.add(rounds.get(i).rate() / trivial.get(i).rate());
        }
        return ratios;
    }

    private static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        int middle = sorted.size() / 2;
        return sorted.size() % 2 == 1 ? sorted.get(middle) : (sorted.get(middle - 1) + sorted.get(middle)) / 2;
    }

    private static Phase best(List<Phase> phases) {
        return phases.stream().max((a, b) -> Double.compare(a.rate(), b.rate())).orElseThrow();
    }

    /** {@code callers} threads, each sending its next request as soon as its last one is answered. */
    private static Phase closedLoop(BenchHttp http, String path, int callers, int seconds)
            throws InterruptedException {
        Latencies latencies = new Latencies();
        AtomicLong failed = new AtomicLong();
        long began = System.nanoTime();
        long end = began + TimeUnit.SECONDS.toNanos(seconds);
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < callers; i++) {
            Thread thread = new Thread(() -> {
                while (System.nanoTime() < end) {
                    long start = System.nanoTime();
                    try {
                        if (http.get(path, null).get(30, TimeUnit.SECONDS).status() == 200) {
                            latencies.add(System.nanoTime() - start);
                        } else {
                            failed.incrementAndGet();
                        }
                    } catch (ExecutionException | TimeoutException e) {
                        failed.incrementAndGet();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        return;
                    }
                }
            });
            thread.start();
            threads.add(thread);
        }
        for (Thread thread : threads) {
            thread.join();
        }
        return new Phase(latencies.count() / ((System.nanoTime() - began) / 1e9), latencies, failed.get());
    }

    /**
     * {@code rate} requests a second for {@code seconds}, each sent at its scheduled time and timed from it, so
     * that the time a request spends waiting for a connection behind slow ones counts against the server.
     */
    private static Phase openLoop(BenchHttp http, String path, double rate, int seconds) throws InterruptedException {
        Latencies latencies = new Latencies();
        AtomicLong failed = new AtomicLong();
        long interval = Math.max(1, (long) (1e9 / rate));
        long calls = (long) (rate * seconds);
        List<CompletableFuture<?>> pending = java.util.Collections.synchronizedList(new ArrayList<>());
        ScheduledExecutorService clock = Executors.newSingleThreadScheduledExecutor();
        AtomicLong started = new AtomicLong();
        long began = System.nanoTime();
        clock.scheduleAtFixedRate(() -> {
            long index = started.getAndIncrement();
            if (index >= calls) {
                return;
            }
            long due = began + index * interval;
            pending.add(http.get(path, null).whenComplete((answer, error) -> {
                if (error == null && answer.status() == 200) {
                    latencies.add(System.nanoTime() - due);
                } else {
                    failed.incrementAndGet();
                }
            }));
        }, 0, interval, TimeUnit.NANOSECONDS);
        while (started.get() < calls) {
            Thread.sleep(50);
        }
        clock.shutdownNow();
        synchronized (pending) {
            CompletableFuture.allOf(pending.toArray(CompletableFuture[]::new)).exceptionally(e -> null).join();
        }
        double elapsed = (System.nanoTime() - began) / 1e9;
        return new Phase(latencies.count() / elapsed, latencies, failed.get());
    }
}
