package org.opengazette.commencement;

import java.time.LocalDate;
import java.util.Collection;
import java.util.regex.Pattern;
import org.opengazette.model.Dates;
import org.opengazette.model.Version;

/**
 * What a version's 施行条款 says against its dates.
 *
 * @param clause   the clause, or null when the body has none of its own
 * @param textDate the day the clause gives (a relative clause counted from the version's dates),
 *                 or null when it cannot be told
 * @param verdict  how the two compare
 */
public record Commencement(CommencementClause clause, LocalDate textDate, Verdict verdict) {

    /** How a clause compares with the version's 施行日期. */
    public enum Verdict {
        /** The body has no clause of its own. */
        NO_CLAUSE,
        /**
         * A clause that cannot be held against the dates: it counts from an event the metadata has
         * no date for (通过, 批准; 公布 without {@code published}), or it names a day in an amended
         * text without {@code published}, which may be the first text's.
         */
        UNRESOLVED,
        /** The clause gives the version's 施行日期 ({@code effective}, or {@code published} when it is missing). */
        AGREES,
        /**
         * The clause speaks of the first text, not of this version: an amended text keeps its
         * original clause ("本法自2000年7月1日起施行" in the 2023 text), so it names a day before
         * this version's publication, or counts from a publication the metadata does not date.
         */
        ORIGINAL_TEXT,
        /** The clause gives another day than {@code effective}. */
        CONTRADICTS,
        /** No {@code effective}, and the default ({@code published}, if any) is not the day the clause gives. */
        MISSING
    }

    /** Words of a 题注 that record an amendment. */
    private static final Pattern AMENDED = Pattern.compile("修正|修订|修改");

    /**
     * Reads the clause of {@code version} and compares it with its dates.
     *
     * @param amendedText true when the version is known to amend an earlier text (it has an
     *                    earlier version in the library); its 题注 is also read for that
     */
    public static Commencement of(Version version, boolean amendedText) {
        CommencementClause clause =
                CommencementClauses.find(version.title(), version.body()).orElse(null);
        if (clause == null) {
            return new Commencement(null, null, Verdict.NO_CLAUSE);
        }
        Dates dates = version.dates();
        boolean amended = amendedText || recordsAmendment(version);
        LocalDate textDate = clause.relative() ? counted(clause, dates) : clause.date();
        if (clause.relative() && amended) {
            return new Commencement(clause, null, Verdict.ORIGINAL_TEXT);
        }
        if (amended && dates.published() == null) {
            // the day may be the first text's or this one's: without a publication date there is no telling
            return new Commencement(clause, textDate, Verdict.UNRESOLVED);
        }
        if (textDate == null) {
            return new Commencement(clause, null, Verdict.UNRESOLVED);
        }
        if (dates.published() != null && textDate.isBefore(dates.published())) {
            return new Commencement(clause, textDate, Verdict.ORIGINAL_TEXT);
        }
        LocalDate effective = dates.effectiveOrPublished();
        if (textDate.equals(effective)) {
            return new Commencement(clause, textDate, Verdict.AGREES);
        }
        return new Commencement(clause, textDate, dates.effective() == null ? Verdict.MISSING : Verdict.CONTRADICTS);
    }

    /** The day a relative clause gives: its event's date (公布/发布/颁布: published; 印发: signed, else published) plus its days. */
    private static LocalDate counted(CommencementClause clause, Dates dates) {
        LocalDate from = switch (clause.event()) {
            case "公布", "发布", "颁布", "修订发布" -> dates.published();
            case "印发" -> dates.signed() != null ? dates.signed() : dates.published();
            default -> null;
        };
        return from == null ? null : from.plusDays(clause.daysAfter());
    }

    /**
     * True when the version's 题注 records an amendment (…修正, …修订): a custom field's value (the
     * demo keeps the 题注 as {@code history}) or a bracketed first paragraph of the body.
     */
    private static boolean recordsAmendment(Version version) {
        for (Object value : version.fields().values()) {
            Collection<?> items = value instanceof Collection<?> list ? list : java.util.List.of(value);
            for (Object item : items) {
                if (AMENDED.matcher(String.valueOf(item)).find()) {
                    return true;
                }
            }
        }
        String body = version.body().strip();
        int end = body.indexOf("\n\n");
        String first = end < 0 ? body : body.substring(0, end);
        return (first.startsWith("（") || first.startsWith("("))
                && AMENDED.matcher(first).find();
    }
}
