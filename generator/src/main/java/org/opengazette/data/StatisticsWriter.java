package org.opengazette.data;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.opengazette.output.SiteOutput;
import org.opengazette.statistics.Counts;
import org.opengazette.statistics.IssuerRow;
import org.opengazette.statistics.YearTable;

/**
 * Writes the annual disclosure statistics as {@code data/statistics.csv} (one line per year and
 * issuer, the total as issuer {@code 合计}; UTF-8 with a BOM so that spreadsheet programs read the
 * Chinese) and {@code data/statistics.json} ({@code [{"year", "until", "rows": [{"issuer",
 * "rules": {"issued", "repealed", "in_force"}, "normative": {…}}], "total", "identity_breaks":
 * [{"category", "expected", "actual"}]}]}).
 */
public final class StatisticsWriter {
    private static final String TOTAL = "合计";

    private StatisticsWriter() {}

    public static void write(List<YearTable> years, SiteOutput output) {
        StringBuilder csv = new StringBuilder("\uFEFFyear,issuer,rules_issued,rules_repealed,rules_in_force,"
                + "normative_issued,normative_repealed,normative_in_force\n");
        List<Map<String, Object>> json = new ArrayList<>();
        for (YearTable year : years) {
            List<Map<String, Object>> rows = new ArrayList<>();
            for (IssuerRow row : year.rows()) {
                csvLine(csv, year.year(), row.issuer(), row);
                rows.add(row(row.issuer(), row));
            }
            csvLine(csv, year.year(), TOTAL, year.total());
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("year", year.year());
            entry.put("until", year.until());
            entry.put("rows", rows);
            entry.put("total", row(TOTAL, year.total()));
            List<Map<String, Object>> breaks = new ArrayList<>();
            for (YearTable.IdentityBreak gap : year.identityBreaks()) {
                Map<String, Object> b = new LinkedHashMap<>();
                b.put("category", gap.category());
                b.put("expected", gap.expected());
                b.put("actual", gap.actual());
                breaks.add(b);
            }
            entry.put("identity_breaks", breaks);
            json.add(entry);
        }
        output.write("data/statistics.csv", csv.toString());
        output.write("data/statistics.json", Json.write(json));
    }

    private static void csvLine(StringBuilder csv, int year, String issuer, IssuerRow row) {
        csv.append(year)
                .append(',')
                .append(quoted(issuer))
                .append(',')
                .append(cells(row.rules()))
                .append(',')
                .append(cells(row.normative()))
                .append('\n');
    }

    private static String cells(Counts counts) {
        return counts.issued() + "," + counts.repealed() + "," + counts.inForce();
    }

    private static String quoted(String text) {
        return "\"" + text.replace("\"", "\"\"") + "\"";
    }

    private static Map<String, Object> row(String issuer, IssuerRow row) {
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("issuer", issuer);
        entry.put("rules", counts(row.rules()));
        entry.put("normative", counts(row.normative()));
        return entry;
    }

    private static Map<String, Object> counts(Counts counts) {
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("issued", counts.issued());
        entry.put("repealed", counts.repealed());
        entry.put("in_force", counts.inForce());
        return entry;
    }
}
