package org.opengazette.statistics;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.opengazette.config.Authority;
import org.opengazette.config.GazetteSettings;
import org.opengazette.config.HistorySettings;
import org.opengazette.config.Kind;
import org.opengazette.config.PortalSettings;
import org.opengazette.config.SiteConfig;
import org.opengazette.diagnostic.SourcePosition;
import org.opengazette.model.BodyText;
import org.opengazette.model.Dates;
import org.opengazette.model.Document;
import org.opengazette.model.Library;
import org.opengazette.model.Relations;
import org.opengazette.model.Version;

/**
 * Table 2 on a small library: the province issues a rule in 2019 and a normative document with a
 * fixed term in 2020; its office issues a normative document in 2020; a 2021 decision repeals the
 * rule; the fixed term ends in 2022, which breaks the identity for normative documents that year.
 */
class AnnualStatisticsTest {
    private static final String PROVINCE = "云南省人民政府";
    private static final String OFFICE = "云南省人民政府办公厅";

    private static final SiteConfig CONFIG = new SiteConfig(
            "云南省人民政府公报",
            "/",
            "zh-CN",
            "default",
            SourcePosition.of("site-config/site.yaml"),
            20,
            new GazetteSettings("云南省人民政府公报", null, List.of()),
            List.of(),
            List.of(),
            HistorySettings.DEFAULT,
            PortalSettings.NONE,
            List.of(
                    new Kind("rule", "规章", 40, List.of(), Kind.RULES),
                    new Kind("normative_document", "行政规范性文件", 60, List.of(), Kind.NORMATIVE),
                    new Kind("notice", "通知", 70, List.of(), null)),
            List.of(new Authority(PROVINCE, "省政府", 1, "p"), new Authority(OFFICE, "省政府办公厅", 2, "o")),
            List.of());

    private static Document document(
            String id, String kind, String issuer, String published, String expires, List<String> repeals) {
        Version version = new Version(
                id,
                "",
                id + ".md",
                "文件" + id,
                null,
                kind,
                List.of(issuer),
                new Dates(null, LocalDate.parse(published), null, expires == null ? null : LocalDate.parse(expires)),
                null,
                null,
                null,
                List.of(),
                null,
                new Relations(List.of(), repeals, List.of(), null, null),
                List.of(),
                Version.PUBLIC,
                List.of(),
                Map.of(),
                BodyText.of("正文"),
                1,
                Map.of());
        return new Document(id, id, List.of(version));
    }

    private static final Library LIBRARY = new Library(
            List.of(
                    document("rule-2019", "rule", PROVINCE, "2019-03-01", null, List.of()),
                    document("term-2020", "normative_document", PROVINCE, "2020-05-01", "2022-04-30", List.of()),
                    document("office-2020", "normative_document", OFFICE, "2020-09-01", null, List.of()),
                    document("repeal-2021", "normative_document", PROVINCE, "2021-07-01", null, List.of("rule-2019")),
                    document("notice-2021", "notice", PROVINCE, "2021-01-01", null, List.of())),
            List.of(),
            List.of());

    private final List<YearTable> tables = AnnualStatistics.compute(LIBRARY, CONFIG, LocalDate.of(2022, 10, 1));

    @Test
    void oneTablePerYearNewestFirstCountingToTheAsOfDate() {
        assertEquals(
                List.of(2022, 2021, 2020, 2019),
                tables.stream().map(YearTable::year).toList());
        assertEquals("2022-10-01", tables.get(0).until());
        assertEquals("2021-12-31", tables.get(1).until());
    }

    @Test
    void countsPerIssuerAndTotals() {
        YearTable y2020 = table(2020);
        assertEquals(new Counts(0, 0, 1), row(y2020, PROVINCE).rules());
        assertEquals(new Counts(1, 0, 1), row(y2020, PROVINCE).normative());
        assertEquals(new Counts(1, 0, 1), row(y2020, OFFICE).normative());
        assertEquals(new Counts(2, 0, 2), y2020.total().normative());
        YearTable y2021 = table(2021);
        assertEquals(new Counts(0, 1, 0), y2021.total().rules(), "the 2019 rule is repealed from 2021-07-01");
        assertEquals(new Counts(1, 0, 3), y2021.total().normative());
        assertEquals(List.of(), y2021.identityBreaks());
    }

    @Test
    void anExpiryBreaksTheIdentityAndIsReported() {
        YearTable y2022 = table(2022);
        assertEquals(new Counts(0, 0, 2), y2022.total().normative());
        assertEquals(List.of(new YearTable.IdentityBreak(Kind.NORMATIVE, 3, 2)), y2022.identityBreaks());
    }

    private YearTable table(int year) {
        return tables.stream().filter(t -> t.year() == year).findFirst().orElseThrow();
    }

    private static IssuerRow row(YearTable table, String issuer) {
        return table.rows().stream()
                .filter(r -> r.issuer().equals(issuer))
                .findFirst()
                .orElseThrow();
    }
}
