import java.io.File;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * How long each scenario of a run took, read from its cucumber.json (the durations of its hooks
 * and steps): the median, the 90th percentile, the mean, and the scenarios that take SLOW_MS or
 * more apart from the others. Run by bench/time-suite:
 *
 *   java -cp "steps/target/lib/*" bench/ScenarioTimes.java REPORT-DIR/cucumber.json
 */
public final class ScenarioTimes {

    private static final double SLOW_MS = 300;

    public static void main(String[] args) throws Exception {
        if (args.length != 1) {
            System.err.println("usage: ScenarioTimes CUCUMBER-JSON");
            System.exit(2);
        }
        List<Double> times = new ArrayList<>();
        for (JsonNode feature : new ObjectMapper().readTree(new File(args[0]))) {
            for (JsonNode element : feature.path("elements")) {
                if (!"scenario".equals(element.path("type").asText())) {
                    continue;
                }
                long nanos = 0;
                for (String part : new String[] {"before", "steps", "after"}) {
                    for (JsonNode step : element.path(part)) {
                        nanos += step.path("result").path("duration").asLong();
                    }
                }
                times.add(nanos / 1e6);
            }
        }
        if (times.isEmpty()) {
            System.err.println("no scenario in " + args[0]);
            System.exit(2);
        }
        Collections.sort(times);
        double all = times.stream().mapToDouble(Double::doubleValue).sum();
        List<Double> slow = times.stream().filter(t -> t >= SLOW_MS).toList();
        double slowSum = slow.stream().mapToDouble(Double::doubleValue).sum();
        int others = times.size() - slow.size();
        System.out.printf(Locale.ROOT, "median %.1f ms, 90th percentile %.1f ms, mean %.1f ms; %d scenario(s) of %.0f ms"
                        + " or more take %.1f s, the other %d %.1f ms each on average%n",
                times.get(times.size() / 2), times.get((int) Math.floor(times.size() * 0.9)), all / times.size(),
                slow.size(), SLOW_MS, slowSum / 1000, others, others == 0 ? 0 : (all - slowSum) / others);
    }
}
