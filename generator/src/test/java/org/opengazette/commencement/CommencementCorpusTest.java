package org.opengazette.commencement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.opengazette.commencement.Commencement.Verdict;
import org.opengazette.config.ConfigLoader;
import org.opengazette.config.SiteConfig;
import org.opengazette.diagnostic.Diagnostics;
import org.opengazette.diagnostic.Messages;
import org.opengazette.load.ContentLoader;
import org.opengazette.model.Document;
import org.opengazette.model.Version;

/**
 * The 施行条款 of every version of the developers' corpus ({@code ../shared/corpus}, property
 * {@code gazette.corpus}) against its metadata, read with the demo's site config as a build does.
 * Prints how many versions have a clause of their own, how many agree with their 施行日期, and how
 * many do not ({@code mvn -o -q -pl generator test -Dtest=CommencementCorpusTest}).
 */
class CommencementCorpusTest {
    private static final Path CORPUS = Path.of(System.getProperty("gazette.corpus", "../../shared/corpus"));
    private static final Map<String, Commencement> BY_FILE = new HashMap<>();
    private static final Map<Verdict, Integer> COUNTS = new EnumMap<>(Verdict.class);
    private static int undated;

    @BeforeAll
    static void readTheCorpus() {
        Assumptions.assumeTrue(
                Files.isDirectory(CORPUS),
                "skipped: the developers' corpus is not at "
                        + CORPUS.toAbsolutePath().normalize() + " (set -Dgazette.corpus=DIR)");
        Diagnostics diagnostics = new Diagnostics(Messages.forLanguage("en"));
        SiteConfig config = new ConfigLoader(Path.of("../site-config"), Path::toString, diagnostics).load();
        for (Document document : new ContentLoader(CORPUS, config, Path::toString, diagnostics)
                .load()
                .documents()) {
            for (int i = 0; i < document.versions().size(); i++) {
                Version version = document.versions().get(i);
                Commencement commencement = Commencement.of(version, i > 0);
                BY_FILE.put(version.sourcePath(), commencement);
                COUNTS.merge(commencement.verdict(), 1, Integer::sum);
                if (commencement.verdict() == Verdict.MISSING && version.dates().published() == null) {
                    undated++;
                }
                if (commencement.verdict() == Verdict.CONTRADICTS) {
                    System.out.printf(
                            "  contradicts: %s effective %s, text \"%s\" = %s%n",
                            version.sourcePath(),
                            version.dates().effective(),
                            commencement.clause().text(),
                            commencement.textDate());
                }
            }
        }
        int clauses = BY_FILE.size() - COUNTS.getOrDefault(Verdict.NO_CLAUSE, 0);
        System.out.printf(
                "施行条款 in the corpus: %d versions, %d with a clause of their own, %d without; %s%n"
                        + "  disagree with the metadata: %d (effective contradicts the text %d, effective missing and"
                        + " the default is not the text's day %d, of which %d have no published either)%n",
                BY_FILE.size(),
                clauses,
                COUNTS.getOrDefault(Verdict.NO_CLAUSE, 0),
                COUNTS,
                COUNTS.getOrDefault(Verdict.CONTRADICTS, 0) + COUNTS.getOrDefault(Verdict.MISSING, 0),
                COUNTS.getOrDefault(Verdict.CONTRADICTS, 0),
                COUNTS.getOrDefault(Verdict.MISSING, 0),
                undated);
    }

    @Test
    void mostVersionsHaveAClauseAndMostClausesAgreeOrKeepTheFirstTextsDay() {
        int total = BY_FILE.size();
        assertEquals(2902, total);
        int none = COUNTS.get(Verdict.NO_CLAUSE);
        assertTrue(none < total / 5, "a clause is found in most texts: " + COUNTS);
        int disagree = COUNTS.get(Verdict.CONTRADICTS) + COUNTS.get(Verdict.MISSING);
        assertTrue(disagree < COUNTS.get(Verdict.AGREES) / 2, COUNTS.toString());
    }

    /** The demo's 保守国家秘密法实施条例: published 2024-07-10 without `effective`, in force from 2024-09-01. */
    @Test
    void aMissingEffectiveDateIsTheTexts() {
        Commencement found = at("administrative_regulation/administrative_regulation-11d33fec/2024-07-10.md");
        assertEquals(Verdict.MISSING, found.verdict());
        assertEquals(LocalDate.of(2024, 9, 1), found.textDate());
        assertEquals("本条例自2024年9月1日起施行", found.clause().text());
    }

    /** 临沂市文明行为促进条例 (local_regulation-62b3269a): effective 2018-09-21, the text says 2019-01-01. */
    @Test
    void aContradictingEffectiveDateIsFound() {
        Commencement found = at("local_regulation/local_regulation-62b3269a.md");
        assertEquals(Verdict.CONTRADICTS, found.verdict(), found.toString());
        assertEquals(LocalDate.of(2019, 1, 1), found.textDate());
    }

    /** 立法法 as amended in 2023 keeps "本法自2000年7月1日起施行": the first text's day, not a contradiction. */
    @Test
    void anAmendedTextKeepsItsFirstDay() {
        assertEquals(Verdict.ORIGINAL_TEXT, at("law/law-5e4396d9/2023-03-13.md").verdict());
    }

    /** 个人所得税法 (2018 amendment, effective 2019-01-01) says 本法自公布之日起施行: the 1980 publication. */
    @Test
    void aRelativeClauseOfAnAmendedTextIsTheFirstTexts() {
        Commencement found = at("law/law-87c48892.md");
        assertEquals(Verdict.ORIGINAL_TEXT, found.verdict(), found.toString());
    }

    private static Commencement at(String path) {
        Commencement found = BY_FILE.get(path);
        assertTrue(found != null, path + " not read");
        return found;
    }
}
