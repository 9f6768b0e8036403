package org.opengazette.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** Builds {@link Version}s for model tests, with only the fields a test cares about. */
final class VersionBuilder {
    private final String documentId;
    private String key = "";
    private String title;
    private LocalDate published;
    private LocalDate effective;
    private LocalDate expires;
    private List<String> repeals = List.of();
    private ExternalRepeal repealed;
    private Status explicitStatus;
    private String statusNote;
    private String disclosure = Version.PUBLIC;
    private String docNumber;

    private VersionBuilder(String documentId) {
        this.documentId = documentId;
        this.title = "关于" + documentId + "的规定";
    }

    static VersionBuilder version(String documentId) {
        return new VersionBuilder(documentId);
    }

    VersionBuilder key(String value) {
        key = value;
        return this;
    }

    VersionBuilder published(String date) {
        published = LocalDate.parse(date);
        return this;
    }

    VersionBuilder effective(String date) {
        effective = LocalDate.parse(date);
        return this;
    }

    VersionBuilder expires(String date) {
        expires = LocalDate.parse(date);
        return this;
    }

    VersionBuilder repeals(String... references) {
        repeals = List.of(references);
        return this;
    }

    VersionBuilder repealedOutside(String date, String by) {
        repealed = new ExternalRepeal(LocalDate.parse(date), by);
        return this;
    }

    VersionBuilder status(Status status, String note) {
        explicitStatus = status;
        statusNote = note;
        return this;
    }

    VersionBuilder disclosure(String value) {
        disclosure = value;
        return this;
    }

    VersionBuilder docNumber(String value) {
        docNumber = value;
        return this;
    }

    Version build() {
        return new Version(
                documentId,
                key,
                documentId + ".md",
                title,
                docNumber,
                "rule",
                List.of("云南省人民政府"),
                new Dates(null, published, effective, expires),
                explicitStatus,
                statusNote,
                null,
                List.of(),
                null,
                new Relations(List.of(), repeals, List.of(), null, repealed),
                List.of(),
                disclosure,
                List.of(),
                Map.of(),
                BodyText.of("正文"),
                1,
                Map.of());
    }

    static Document document(Version... versions) {
        return new Document(versions[0].documentId(), versions[0].documentId(), List.of(versions));
    }
}
