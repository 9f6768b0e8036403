package org.opengazette.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opengazette.config.ConfigLoader;
import org.opengazette.config.SiteConfig;
import org.opengazette.diagnostic.Diagnostics;
import org.opengazette.diagnostic.Messages;
import org.opengazette.load.ContentLoader;
import org.opengazette.load.LoadedContent;
import org.opengazette.model.Document;
import org.opengazette.model.Library;
import org.opengazette.model.Status;
import org.opengazette.model.Validity;
import org.opengazette.model.Version;

/** The exported in-force intervals say exactly what {@link Library#statusOn} says, on every day. */
class InForceIntervalsTest {
    @TempDir
    Path temp;

    private static Library load(Path content) {
        Diagnostics diagnostics = new Diagnostics(Messages.forLanguage("zh-CN"));
        SiteConfig config = new ConfigLoader(BuiltSite.REPO.resolve("site-config"), Path::toString, diagnostics).load();
        LoadedContent loaded = new ContentLoader(content, config, Path::toString, diagnostics).load();
        return new Library(loaded.documents(), loaded.issues(), loaded.pages()).publishable();
    }

    /** Every day from 1980 to 2035 where anything changes, the days either side, and one day a month. */
    private static List<LocalDate> days(Library library) {
        TreeSet<LocalDate> days = new TreeSet<>();
        for (LocalDate day = LocalDate.of(1980, 1, 15); day.getYear() < 2036; day = day.plusMonths(1)) {
            days.add(day);
        }
        for (Document document : library.documents()) {
            for (Version version : document.versions()) {
                for (LocalDate date : new LocalDate[] {
                    version.dates().published(),
                    version.dates().effective(),
                    version.dates().expires(),
                    version.relations().repealed() == null
                            ? null
                            : version.relations().repealed().date()
                }) {
                    if (date != null) {
                        days.add(date.minusDays(1));
                        days.add(date);
                        days.add(date.plusDays(1));
                    }
                }
            }
        }
        return new ArrayList<>(days);
    }

    private static void assertAgrees(Library library) {
        List<LocalDate> days = days(library);
        int checked = 0;
        for (Document document : library.documents()) {
            for (Version version : document.versions()) {
                List<Validity> intervals = library.inForceIntervals(version);
                for (LocalDate day : days) {
                    boolean inForce = library.statusOn(version, day) == Status.IN_FORCE;
                    assertEquals(
                            inForce,
                            intervals.stream().anyMatch(i -> i.contains(day)),
                            version.sourcePath() + " on " + day + ": " + intervals);
                    checked++;
                }
            }
        }
        assertTrue(checked > 1000, "checked " + checked);
    }

    @Test
    void intervalsOfTheFixtureAgreeWithStatusOnEveryDay() {
        Library library = load(FixtureContent.write(temp.resolve("content")));
        assertAgrees(library);
        Version old = library.document("fixture-law").orElseThrow().versions().get(0);
        assertEquals(
                List.of(new Validity(LocalDate.parse("2010-03-01"), LocalDate.parse("2020-06-30"))),
                library.inForceIntervals(old),
                "until the day before the newer version takes effect");
        Version repealed = library.document("repealed-rule").orElseThrow().latest();
        assertEquals(
                List.of(new Validity(LocalDate.parse("2012-05-01"), LocalDate.parse("2020-12-31"))),
                library.inForceIntervals(repealed),
                "until the day before the repeal takes effect");
        Version undated = library.document("undated").orElseThrow().latest();
        assertEquals(List.of(new Validity(null, null)), library.inForceIntervals(undated));
        assertEquals(
                List.of(),
                library.inForceIntervals(
                        library.document("explicit").orElseThrow().latest()));
    }

    @Test
    void intervalsOfTheDemoAgreeWithStatusOnEveryDay() {
        assertAgrees(load(BuiltSite.REPO.resolve("content")));
    }
}
