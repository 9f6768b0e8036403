package org.opengazette.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.opengazette.model.VersionBuilder.document;
import static org.opengazette.model.VersionBuilder.version;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Status on a date, derived from events. The library: a rule with two versions (2019 and 2021),
 * a normative document with a fixed term (expires 2022-12-31) that a 2023 decision repeals, and a
 * rule repealed by an act outside the library.
 */
class StatusDerivationTest {
    private static final Version RULE_2019 = version("rule")
            .key("2019-05-01")
            .published("2019-05-01")
            .effective("2019-07-01")
            .build();
    private static final Version RULE_2021 = version("rule")
            .key("2021-03-01")
            .published("2021-03-01")
            .effective("2021-06-01")
            .build();
    private static final Version TERM =
            version("term").published("2020-01-01").expires("2022-12-31").build();
    private static final Version DECISION = version("decision")
            .published("2023-02-01")
            .effective("2023-03-01")
            .repeals("rule")
            .build();
    private static final Version OUTSIDE = version("outside")
            .published("2010-01-01")
            .repealedOutside("2020-10-01", "国务院令第732号")
            .build();
    private static final Version NOTED = version("noted")
            .published("2010-01-01")
            .status(Status.EXPIRED, "经清理宣布失效")
            .build();
    /** The source marks it 失效 and gives no date and no note (as 9 of 511 texts of the national database). */
    private static final Version UNNOTED = version("unnoted")
            .published("2010-01-01")
            .status(Status.EXPIRED, null)
            .build();

    private static final Library LIBRARY = new Library(
            List.of(
                    document(RULE_2019, RULE_2021),
                    document(TERM),
                    document(DECISION),
                    document(OUTSIDE),
                    document(NOTED),
                    document(UNNOTED)),
            List.of(),
            List.of());

    @ParameterizedTest(name = "{0} on {1} is {2}")
    @CsvSource({
        // the day before, on and after the effective date
        "rule@2019, 2019-06-30, NOT_YET_EFFECTIVE",
        "rule@2019, 2019-07-01, IN_FORCE",
        "rule@2019, 2021-05-31, IN_FORCE",
        // a newer version takes effect: the older one is amended from that exact day
        "rule@2019, 2021-06-01, AMENDED",
        "rule@2021, 2021-05-31, NOT_YET_EFFECTIVE",
        "rule@2021, 2021-06-01, IN_FORCE",
        // repealed by a document of the library, from its effective date
        "rule@2021, 2023-02-28, IN_FORCE",
        "rule@2021, 2023-03-01, REPEALED",
        "rule@2019, 2023-03-01, REPEALED",
        // a fixed term: still valid on the last day, expired the day after
        "term, 2022-12-31, IN_FORCE",
        "term, 2023-01-01, EXPIRED",
        // effective defaults to published
        "term, 2019-12-31, NOT_YET_EFFECTIVE",
        // repealed by an act outside the library
        "outside, 2020-09-30, IN_FORCE",
        "outside, 2020-10-01, REPEALED",
        // an explicit status wins, with or without a note
        "noted, 2011-01-01, EXPIRED",
        "unnoted, 2011-01-01, EXPIRED",
    })
    void statusOn(String name, LocalDate date, Status expected) {
        assertEquals(expected, LIBRARY.statusOn(versionNamed(name), date));
    }

    /** The page says so when the editor's status is not what the dates give. */
    @ParameterizedTest(name = "{0} set by the editor: {1}")
    @CsvSource({"unnoted, true", "noted, true", "term, false"})
    void statusSetByEditor(String name, boolean expected) {
        assertEquals(expected, LIBRARY.statusSetByEditor(versionNamed(name), LocalDate.of(2011, 1, 1)));
    }

    @ParameterizedTest(name = "version of rule on {0} is {1}")
    @CsvSource({
        "2019-01-01, 2019-05-01",
        "2019-07-01, 2019-05-01",
        "2021-05-31, 2019-05-01",
        "2021-06-01, 2021-03-01",
        "2030-01-01, 2021-03-01",
    })
    void versionOn(LocalDate date, String expectedKey) {
        assertEquals(
                expectedKey,
                LIBRARY.document("rule").orElseThrow().versionOn(date).key());
    }

    private static Version versionNamed(String name) {
        return switch (name) {
            case "rule@2019" -> RULE_2019;
            case "rule@2021" -> RULE_2021;
            case "term" -> TERM;
            case "outside" -> OUTSIDE;
            case "noted" -> NOTED;
            case "unnoted" -> UNNOTED;
            default -> throw new IllegalArgumentException(name);
        };
    }
}
