package org.opengazette.search.export;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.NumericDocValues;
import org.opengazette.model.Status;
import org.opengazette.model.Validity;
import org.opengazette.search.index.SearchRecord;

/**
 * The per-document columns of the export (format in {@link StaticExport}): norms, facet codes
 * with the current-version flag, dates and in-force intervals.
 */
final class ColumnExport {
    private final List<SearchRecord> records;
    private final List<String> statuses = new ArrayList<>();
    private final Map<String, String> statusLabels = new LinkedHashMap<>();
    private final List<String> kinds;
    private final Map<String, String> kindLabels = new TreeMap<>();
    private final List<String> issuers;
    private final List<Integer> years;
    private final long minDay;

    ColumnExport(List<SearchRecord> records) {
        this.records = records;
        Map<String, String> seenStatus = new LinkedHashMap<>();
        TreeSet<String> issuerSet = new TreeSet<>();
        TreeSet<Integer> yearSet = new TreeSet<>(Comparator.reverseOrder());
        long min = Long.MAX_VALUE;
        for (SearchRecord record : records) {
            seenStatus.put(record.status(), record.statusLabel());
            kindLabels.put(record.kind(), record.kindLabel());
            issuerSet.addAll(record.issuers());
            if (record.date() != null) {
                yearSet.add(record.year());
                min = Math.min(min, record.date().toEpochDay());
            }
            for (Validity interval : record.inForce()) {
                min = Math.min(min, day(interval.from(), Long.MAX_VALUE));
                min = Math.min(min, day(interval.until(), Long.MAX_VALUE));
            }
        }
        for (Status status : Status.values()) {
            if (seenStatus.containsKey(status.key())) {
                statuses.add(status.key());
                statusLabels.put(status.key(), seenStatus.get(status.key()));
            }
        }
        this.kinds = List.copyOf(kindLabels.keySet());
        this.issuers = List.copyOf(issuerSet);
        this.years = List.copyOf(yearSet);
        this.minDay = min == Long.MAX_VALUE ? 0 : min;
    }

    long minDay() {
        return minDay;
    }

    /** The facet value lists at the head of {@code facets.bin}. */
    Map<String, Object> facetValues() {
        Map<String, Object> facets = new LinkedHashMap<>();
        facets.put(
                "status",
                statuses.stream().map(key -> value(key, statusLabels.get(key))).toList());
        facets.put(
                "kind",
                kinds.stream().map(key -> value(key, kindLabels.get(key))).toList());
        facets.put("issuer", issuers);
        facets.put("year", years);
        return facets;
    }

    private static Map<String, String> value(String key, String label) {
        Map<String, String> value = new LinkedHashMap<>();
        value.put("key", key);
        value.put("label", label);
        return value;
    }

    byte[] facets() {
        ByteSink sink = new ByteSink(records.size() * 6);
        String previous = null;
        for (SearchRecord record : records) {
            long first = record.id().equals(previous) ? 0 : 1;
            previous = record.id();
            sink.varint((long) statuses.indexOf(record.status()) << 2 | first << 1 | (record.current() ? 1 : 0));
            sink.varint(kinds.indexOf(record.kind()));
            sink.varint(record.date() == null ? 0 : years.indexOf(record.year()) + 1);
            sink.varint(record.issuers().size());
            for (String issuer : record.issuers()) {
                sink.varint(Collections.binarySearch(issuers, issuer));
            }
        }
        return sink.toByteArray();
    }

    byte[] dates() {
        ByteSink sink = new ByteSink(records.size() * 8);
        for (SearchRecord record : records) {
            sink.varint(code(record.date()));
            sink.varint(record.inForce().size());
            for (Validity interval : record.inForce()) {
                sink.varint(code(interval.from())).varint(code(interval.until()));
            }
        }
        return sink.toByteArray();
    }

    /** The norm bytes of {@code field} in {@code segment} (null: none), one per document. */
    static byte[] norms(LeafReader segment, int documents, String field) throws IOException {
        byte[] norms = new byte[documents];
        NumericDocValues values = segment == null ? null : segment.getNormValues(field);
        if (values != null) {
            for (int doc = values.nextDoc(); doc != NumericDocValues.NO_MORE_DOCS; doc = values.nextDoc()) {
                norms[doc] = (byte) values.longValue();
            }
        }
        return norms;
    }

    private long code(LocalDate date) {
        return date == null ? 0 : date.toEpochDay() - minDay + 1;
    }

    private static long day(LocalDate date, long missing) {
        return date == null ? missing : date.toEpochDay();
    }
}
