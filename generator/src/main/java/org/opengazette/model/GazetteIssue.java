package org.opengazette.model;

import java.time.LocalDate;
import java.util.List;

/**
 * 公报期次: one issue of the gazette.
 *
 * @param id         {@code <year>-<number>}, as documents name it in {@code gazette:}
 * @param year       the year
 * @param number     期: the number within the year
 * @param total      总第N期, or null
 * @param date       the publication date
 * @param sections   the order of the sections of the table of contents
 * @param sourcePath the YAML file, relative to the content directory
 */
public record GazetteIssue(
        String id, int year, int number, Integer total, LocalDate date, List<String> sections, String sourcePath) {}
