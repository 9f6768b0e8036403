package org.opengazette.statistics;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.opengazette.config.Kind;
import org.opengazette.config.SiteConfig;
import org.opengazette.model.Document;
import org.opengazette.model.ExternalRepeal;
import org.opengazette.model.Library;
import org.opengazette.model.Relation;
import org.opengazette.model.Status;
import org.opengazette.model.Version;

/**
 * Computes table 2 for every year from the first year a rule or normative document was issued to
 * the as-of year. Kinds count as rules or normative documents by {@code report:} in kinds.yaml. A
 * document counts for each of its first version's issuers (joint issuance counts for each).
 */
public final class AnnualStatistics {
    private static final String UNKNOWN_ISSUER = "（未注明）";

    private AnnualStatistics() {}

    /** The tables, newest year first; empty when the library has no rules or normative documents. */
    public static List<YearTable> compute(Library library, SiteConfig config, LocalDate asOf) {
        List<Document> counted = library.documents().stream()
                .filter(d -> category(d, config) != null)
                .toList();
        Optional<Integer> first = counted.stream()
                .map(d -> d.versions().get(0).dates().primary())
                .filter(java.util.Objects::nonNull)
                .map(LocalDate::getYear)
                .min(Integer::compare);
        if (first.isEmpty()) {
            return List.of();
        }
        List<YearTable> tables = new ArrayList<>();
        IssuerRow previousTotal = null;
        for (int year = first.get(); year <= asOf.getYear(); year++) {
            LocalDate end = LocalDate.of(year, 12, 31).isAfter(asOf) ? asOf : LocalDate.of(year, 12, 31);
            Map<String, Counts[]> byIssuer = new TreeMap<>(issuerOrder(config));
            Counts[] total = {Counts.ZERO, Counts.ZERO};
            for (Document document : counted) {
                Counts counts = counts(document, year, end, library);
                if (counts.equals(Counts.ZERO)) {
                    continue;
                }
                int cell = Kind.RULES.equals(category(document, config)) ? 0 : 1;
                total[cell] = total[cell].plus(counts);
                List<String> issuers = document.versions().get(0).issuers();
                for (String issuer : issuers.isEmpty() ? List.of(UNKNOWN_ISSUER) : issuers) {
                    Counts[] cells = byIssuer.computeIfAbsent(issuer, k -> new Counts[] {Counts.ZERO, Counts.ZERO});
                    cells[cell] = cells[cell].plus(counts);
                }
            }
            List<IssuerRow> rows = new ArrayList<>();
            byIssuer.forEach((issuer, cells) -> rows.add(new IssuerRow(issuer, cells[0], cells[1])));
            // The total counts each document once, whatever its number of issuers.
            IssuerRow totalRow = new IssuerRow("", total[0], total[1]);
            tables.add(new YearTable(year, end.toString(), rows, totalRow, breaks(previousTotal, totalRow)));
            previousTotal = totalRow;
        }
        java.util.Collections.reverse(tables);
        return List.copyOf(tables);
    }

    private static List<YearTable.IdentityBreak> breaks(IssuerRow previous, IssuerRow current) {
        if (previous == null) {
            return List.of();
        }
        List<YearTable.IdentityBreak> breaks = new ArrayList<>();
        check(Kind.RULES, previous.rules(), current.rules(), breaks);
        check(Kind.NORMATIVE, previous.normative(), current.normative(), breaks);
        return List.copyOf(breaks);
    }

    private static void check(String category, Counts previous, Counts current, List<YearTable.IdentityBreak> breaks) {
        int expected = previous.inForce() + current.issued() - current.repealed();
        if (expected != current.inForce()) {
            breaks.add(new YearTable.IdentityBreak(category, expected, current.inForce()));
        }
    }

    private static Counts counts(Document document, int year, LocalDate end, Library library) {
        LocalDate issued = document.versions().get(0).dates().primary();
        LocalDate repealed = repealDate(document, library);
        Version applying = document.versionOn(end);
        boolean inForce =
                (issued == null || !issued.isAfter(end)) && library.statusOn(applying, end) == Status.IN_FORCE;
        return new Counts(
                issued != null && issued.getYear() == year ? 1 : 0,
                repealed != null && repealed.getYear() == year ? 1 : 0,
                inForce ? 1 : 0);
    }

    /** The day a repeal takes effect: by a document of the library, or by an act outside it. */
    private static LocalDate repealDate(Document document, Library library) {
        LocalDate far = LocalDate.of(9999, 12, 31);
        LocalDate byLibrary = library.repealOn(document, far)
                .map(Relation::source)
                .map(v -> v.dates().effectiveOrPublished())
                .orElse(null);
        LocalDate outside = library.externalRepealOn(document.versions(), far)
                .map(ExternalRepeal::date)
                .orElse(null);
        if (byLibrary == null) {
            return outside;
        }
        return outside == null || byLibrary.isBefore(outside) ? byLibrary : outside;
    }

    private static String category(Document document, SiteConfig config) {
        return config.kind(document.versions().get(0).kind()).map(Kind::report).orElse(null);
    }

    private static Comparator<String> issuerOrder(SiteConfig config) {
        Map<String, Integer> order = new LinkedHashMap<>();
        config.authorities().forEach(a -> order.put(a.name(), a.order()));
        return Comparator.comparing((String name) -> order.getOrDefault(name, Integer.MAX_VALUE))
                .thenComparing(Comparator.naturalOrder());
    }
}
