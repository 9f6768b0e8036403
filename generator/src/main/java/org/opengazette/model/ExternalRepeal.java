package org.opengazette.model;

import java.time.LocalDate;

/**
 * A repeal by an act that is not in the library ({@code repealed: {date, by}}).
 *
 * @param date the date from which the document no longer applies
 * @param by   the repealing act as text (title or 发文字号), may be null
 */
public record ExternalRepeal(LocalDate date, String by) {}
