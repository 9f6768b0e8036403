package org.opengazette.search;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.opengazette.model.Document;
import org.opengazette.model.ExternalRepeal;
import org.opengazette.model.Library;
import org.opengazette.model.Relation;
import org.opengazette.model.RelationType;
import org.opengazette.model.Status;
import org.opengazette.model.Version;

/**
 * Days on which a version is in force (现行有效), both ends inclusive; a null end is open. A version
 * is in force from its effective date until the day before a newer version takes effect, the day
 * before a repeal takes effect, or the last day of its fixed term.
 *
 * @param from  the first day, or null (in force since before any known date)
 * @param until the last day, or null (no end known)
 */
public record InForceInterval(LocalDate from, LocalDate until) {

    /** True when {@code date} lies within the interval. */
    public boolean contains(LocalDate date) {
        return (from == null || !date.isBefore(from)) && (until == null || !date.isAfter(until));
    }

    /**
     * The intervals on which {@link Library#statusOn} says {@link Status#IN_FORCE}, computed from
     * that method itself: the status can only change on the dates where one of its comparisons
     * flips (effective dates of the document's versions, effective dates of repealing documents,
     * external repeal dates, the day after expiry), so it is evaluated once per stretch between
     * those dates. Usually one interval; none for a version never in force.
     */
    public static List<InForceInterval> of(Version version, Library library) {
        TreeSet<LocalDate> changes = new TreeSet<>();
        Document document = library.document(version.documentId()).orElse(null);
        List<Version> versions = document != null ? document.versions() : List.of(version);
        for (Version any : versions) {
            addIfPresent(changes, any.dates().effectiveOrPublished());
            ExternalRepeal external = any.relations().repealed();
            if (external != null) {
                addIfPresent(changes, external.date());
            }
        }
        if (document != null) {
            for (Relation relation : library.relationsTo(document)) {
                if (relation.type() == RelationType.REPEALS) {
                    addIfPresent(changes, relation.source().dates().effectiveOrPublished());
                }
            }
        }
        if (version.dates().expires() != null) {
            changes.add(version.dates().expires().plusDays(1));
        }
        List<InForceInterval> intervals = new ArrayList<>();
        LocalDate probe = changes.isEmpty() ? LocalDate.of(2000, 1, 1) : changes.first().minusDays(1);
        LocalDate openFrom = library.statusOn(version, probe) == Status.IN_FORCE ? LocalDate.MIN : null;
        for (LocalDate change : changes) {
            boolean inForce = library.statusOn(version, change) == Status.IN_FORCE;
            if (inForce && openFrom == null) {
                openFrom = change;
            } else if (!inForce && openFrom != null) {
                intervals.add(new InForceInterval(open(openFrom), change.minusDays(1)));
                openFrom = null;
            }
        }
        if (openFrom != null) {
            intervals.add(new InForceInterval(open(openFrom), null));
        }
        return List.copyOf(intervals);
    }

    private static LocalDate open(LocalDate from) {
        return from == LocalDate.MIN ? null : from;
    }

    private static void addIfPresent(TreeSet<LocalDate> dates, LocalDate date) {
        if (date != null) {
            dates.add(date);
        }
    }
}
