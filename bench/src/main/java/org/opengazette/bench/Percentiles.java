package org.opengazette.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Median and 95th percentile (nearest rank) of measurements. */
record Percentiles(double median, double p95, double max, int count) {

    static Percentiles of(List<? extends Number> values) {
        List<Double> sorted = new ArrayList<>();
        values.forEach(value -> sorted.add(value.doubleValue()));
        Collections.sort(sorted);
        if (sorted.isEmpty()) {
            return new Percentiles(0, 0, 0, 0);
        }
        return new Percentiles(rank(sorted, 0.5), rank(sorted, 0.95), sorted.get(sorted.size() - 1), sorted.size());
    }

    private static double rank(List<Double> sorted, double fraction) {
        int index = (int) Math.ceil(fraction * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index)));
    }
}
