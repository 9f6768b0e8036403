package org.opengazette.model;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * All documents, gazette issues and pages of a site, indexed for look-ups by id, alias and
 * 发文字号, with the relations between documents resolved in both directions. It answers which
 * version applies on a date and what {@link Status} a version has on a date.
 */
public final class Library {
    private final List<Document> documents;
    private final Map<String, Document> byId;
    private final Map<String, Document> byAlias;
    private final Map<String, List<Document>> byDocNumber;
    private final Map<String, List<Document>> byTitle;
    private final List<GazetteIssue> issues;
    private final Map<String, GazetteIssue> issuesById;
    private final List<Page> pages;
    private final Map<String, List<Relation>> outgoing;
    private final Map<String, List<Relation>> incoming;

    /** Builds the indexes; documents, issues and pages are sorted by id for stable output. */
    public Library(List<Document> documents, List<GazetteIssue> issues, List<Page> pages) {
        this.documents =
                documents.stream().sorted(Comparator.comparing(Document::id)).toList();
        this.byId = new HashMap<>();
        this.byAlias = new HashMap<>();
        this.byDocNumber = new HashMap<>();
        this.byTitle = new HashMap<>();
        for (Document document : this.documents) {
            byId.putIfAbsent(document.id(), document);
            for (Version version : document.versions()) {
                if (version.title() != null) {
                    List<Document> same = byTitle.computeIfAbsent(version.title(), k -> new ArrayList<>());
                    if (!same.contains(document)) {
                        same.add(document);
                    }
                }
                version.aliases().forEach(alias -> byAlias.putIfAbsent(alias, document));
                if (version.docNumber() != null) {
                    List<Document> same = byDocNumber.computeIfAbsent(
                            DocNumber.lookupKey(version.docNumber()), k -> new ArrayList<>());
                    if (!same.contains(document)) {
                        same.add(document);
                    }
                }
            }
        }
        this.issues = issues.stream()
                .sorted(Comparator.comparing(GazetteIssue::year).thenComparing(GazetteIssue::number))
                .toList();
        this.issuesById = this.issues.stream()
                .collect(Collectors.toMap(GazetteIssue::id, Function.identity(), (a, b) -> a, LinkedHashMap::new));
        this.pages = pages.stream().sorted(Comparator.comparing(Page::slug)).toList();
        this.outgoing = new HashMap<>();
        this.incoming = new HashMap<>();
        for (Document document : this.documents) {
            for (Version version : document.versions()) {
                link(version, RelationType.AMENDS, version.relations().amends());
                link(version, RelationType.REPEALS, version.relations().repeals());
                link(version, RelationType.REPLACES, version.relations().replaces());
                if (version.relations().interprets() != null) {
                    link(
                            version,
                            RelationType.INTERPRETS,
                            List.of(version.relations().interprets()));
                }
            }
        }
    }

    private void link(Version source, RelationType type, List<String> references) {
        for (String reference : references) {
            resolve(reference).ifPresent(target -> {
                Relation relation = new Relation(type, source, target);
                outgoing.computeIfAbsent(source.documentId(), k -> new ArrayList<>())
                        .add(relation);
                incoming.computeIfAbsent(target.id(), k -> new ArrayList<>()).add(relation);
            });
        }
    }

    /** A copy holding only what may be published: public versions, and documents that keep one. */
    public Library publishable() {
        List<Document> published = new ArrayList<>();
        for (Document document : documents) {
            List<Version> visible =
                    document.versions().stream().filter(Version::isPublic).toList();
            if (!visible.isEmpty()) {
                published.add(new Document(document.id(), document.sourcePath(), visible));
            }
        }
        return new Library(published, issues, pages);
    }

    /**
     * How many versions are withheld (not 主动公开), by disclosure key, in {@link Disclosure} order;
     * values no version has are left out.
     */
    public Map<String, Integer> withheldByDisclosure() {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (Disclosure disclosure : Disclosure.values()) {
            int count = (int) documents.stream()
                    .flatMap(d -> d.versions().stream())
                    .filter(v -> !v.isPublic() && v.disclosure().equals(disclosure.key()))
                    .count();
            if (count > 0) {
                counts.put(disclosure.key(), count);
            }
        }
        return java.util.Collections.unmodifiableMap(counts);
    }

    public List<Document> documents() {
        return documents;
    }

    public List<GazetteIssue> issues() {
        return issues;
    }

    public List<Page> pages() {
        return pages;
    }

    public Optional<Document> document(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    public Optional<GazetteIssue> issue(String id) {
        return Optional.ofNullable(issuesById.get(id));
    }

    /** Documents carrying this 发文字号 (brackets normalized). */
    public List<Document> documentsNumbered(String docNumber) {
        return byDocNumber.getOrDefault(DocNumber.lookupKey(docNumber), List.of());
    }

    /** Documents any version of which carries exactly this title. */
    public List<Document> documentsTitled(String title) {
        return byTitle.getOrDefault(title, List.of());
    }

    /** The document a reference names: an id, an alias, or an unambiguous 发文字号. */
    public Optional<Document> resolve(String reference) {
        Document document = byId.get(reference);
        if (document == null) {
            document = byAlias.get(reference);
        }
        if (document == null) {
            List<Document> numbered = documentsNumbered(reference);
            if (numbered.size() == 1) {
                document = numbered.get(0);
            }
        }
        return Optional.ofNullable(document);
    }

    /** Relations from the versions of this document to others. */
    public List<Relation> relationsFrom(Document document) {
        return outgoing.getOrDefault(document.id(), List.of());
    }

    /** Relations from other documents to this one (被修改, 被废止, 被代替, 相关解读). */
    public List<Relation> relationsTo(Document document) {
        return incoming.getOrDefault(document.id(), List.of());
    }

    /**
     * The repeal that has taken effect on {@code date}, if any: the earliest repealing version of
     * the library whose effective date is not after the date.
     */
    public Optional<Relation> repealOn(Document document, LocalDate date) {
        return relationsTo(document).stream()
                .filter(r -> r.type() == RelationType.REPEALS)
                .filter(r -> {
                    LocalDate from = r.source().dates().effectiveOrPublished();
                    return from != null && !from.isAfter(date);
                })
                .min(Comparator.comparing(r -> r.source().dates().effectiveOrPublished()));
    }

    /** A repeal by an act outside the library ({@code repealed:} on any version) in effect on {@code date}. */
    public Optional<ExternalRepeal> externalRepealOn(List<Version> versions, LocalDate date) {
        return versions.stream()
                .map(v -> v.relations().repealed())
                .filter(r -> r != null && r.date() != null && !r.date().isAfter(date))
                .min(Comparator.comparing(ExternalRepeal::date));
    }

    /**
     * The days on which {@link #statusOn} says {@link Status#IN_FORCE} for this version, computed
     * from that method itself: the status can only change on dates where one of its comparisons
     * flips (effective dates of the document's versions, effective dates of repealing documents,
     * external repeal dates, the day after expiry), so it is evaluated once per stretch between
     * those dates. Usually one interval; none for a version never in force. The search filter "in
     * force on date D" and the data files use these.
     */
    public List<Validity> inForceIntervals(Version version) {
        TreeSet<LocalDate> changes = new TreeSet<>();
        Document document = byId.get(version.documentId());
        List<Version> versions = document != null ? document.versions() : List.of(version);
        for (Version any : versions) {
            addIfPresent(changes, any.dates().effectiveOrPublished());
            ExternalRepeal external = any.relations().repealed();
            if (external != null) {
                addIfPresent(changes, external.date());
            }
        }
        if (document != null) {
            for (Relation relation : relationsTo(document)) {
                if (relation.type() == RelationType.REPEALS) {
                    addIfPresent(changes, relation.source().dates().effectiveOrPublished());
                }
            }
        }
        if (version.dates().expires() != null) {
            changes.add(version.dates().expires().plusDays(1));
        }
        List<Validity> intervals = new ArrayList<>();
        LocalDate probe =
                changes.isEmpty() ? LocalDate.of(2000, 1, 1) : changes.first().minusDays(1);
        LocalDate openFrom = statusOn(version, probe) == Status.IN_FORCE ? LocalDate.MIN : null;
        for (LocalDate change : changes) {
            boolean inForce = statusOn(version, change) == Status.IN_FORCE;
            if (inForce && openFrom == null) {
                openFrom = change;
            } else if (!inForce && openFrom != null) {
                intervals.add(new Validity(open(openFrom), change.minusDays(1)));
                openFrom = null;
            }
        }
        if (openFrom != null) {
            intervals.add(new Validity(open(openFrom), null));
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

    /**
     * The days on which a version is the text that applies — its period in the version timeline,
     * whatever its status: from its effective date until the day before a newer version takes
     * effect, it is repealed, or its term ends. See {@link #inForceIntervals} for the days it is in force.
     */
    public Validity validityOf(Version version) {
        LocalDate until = version.dates().expires();
        Document document = byId.get(version.documentId());
        List<Version> versions = document != null ? document.versions() : List.of(version);
        Version successor = document != null ? document.successorOf(version) : null;
        if (successor != null && successor.dates().effectiveOrPublished() != null) {
            until = earlier(until, successor.dates().effectiveOrPublished().minusDays(1));
        }
        if (document != null) {
            for (Relation relation : relationsTo(document)) {
                LocalDate from = relation.source().dates().effectiveOrPublished();
                if (relation.type() == RelationType.REPEALS && from != null) {
                    until = earlier(until, from.minusDays(1));
                }
            }
        }
        for (Version any : versions) {
            ExternalRepeal external = any.relations().repealed();
            if (external != null && external.date() != null) {
                until = earlier(until, external.date().minusDays(1));
            }
        }
        return new Validity(version.dates().effectiveOrPublished(), until);
    }

    private static LocalDate earlier(LocalDate a, LocalDate b) {
        return a == null || b.isBefore(a) ? b : a;
    }

    /**
     * 时效性 of a version on a date, derived from the events: not yet effective, repealed (by a
     * document of the library or by {@code repealed:}), expired, amended (a newer version has
     * taken effect), else in force. An explicit {@code status} wins: the source may know what the
     * dates do not say (失效 without an end date); without a {@code status_note} it is still a warning.
     */
    public Status statusOn(Version version, LocalDate date) {
        if (version.explicitStatus() != null) {
            return version.explicitStatus();
        }
        return derivedStatusOn(version, date);
    }

    /** True when the status on {@code date} is the editor's explicit one and the dates alone say otherwise. */
    public boolean statusSetByEditor(Version version, LocalDate date) {
        return version.explicitStatus() != null && version.explicitStatus() != derivedStatusOn(version, date);
    }

    /** The status derived from dates and relations alone, ignoring any explicit status. */
    public Status derivedStatusOn(Version version, LocalDate date) {
        LocalDate effective = version.dates().effectiveOrPublished();
        if (effective != null && effective.isAfter(date)) {
            return Status.NOT_YET_EFFECTIVE;
        }
        Document document = byId.get(version.documentId());
        if (document != null && repealOn(document, date).isPresent()) {
            return Status.REPEALED;
        }
        if (externalRepealOn(document != null ? document.versions() : List.of(version), date)
                .isPresent()) {
            return Status.REPEALED;
        }
        LocalDate expires = version.dates().expires();
        if (expires != null && expires.isBefore(date)) {
            return Status.EXPIRED;
        }
        if (document != null && document.versionOn(date) != version) {
            return Status.AMENDED;
        }
        return Status.IN_FORCE;
    }
}
