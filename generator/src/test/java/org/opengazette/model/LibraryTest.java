package org.opengazette.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.opengazette.model.VersionBuilder.document;
import static org.opengazette.model.VersionBuilder.version;

import java.util.List;
import org.junit.jupiter.api.Test;

class LibraryTest {
    private final Version open =
            version("open").docNumber("云政办发〔2020〕33号").published("2020-05-01").build();
    private final Version secret = version("secret")
            .docNumber("云政办发〔2020〕34号")
            .published("2020-05-02")
            .disclosure("依申请公开")
            .build();
    private final Version repealer = version("repealer")
            .published("2021-01-01")
            .repeals("云政办发[2020]33号", "secret")
            .build();
    private final Library library =
            new Library(List.of(document(open), document(secret), document(repealer)), List.of(), List.of());

    @Test
    void resolvesByIdAndByDocNumberWithLookAlikeBrackets() {
        assertEquals("open", library.resolve("open").orElseThrow().id());
        assertEquals("open", library.resolve("云政办发(2020)33号").orElseThrow().id());
        assertEquals("open", library.resolve("云政办发〔2020〕33号").orElseThrow().id());
        assertTrue(library.resolve("云政办发〔2020〕35号").isEmpty());
    }

    @Test
    void relationsAreReadBothWays() {
        Document openDocument = library.document("open").orElseThrow();
        assertEquals(1, library.relationsTo(openDocument).size());
        assertEquals(
                RelationType.REPEALS, library.relationsTo(openDocument).get(0).type());
        assertEquals(
                "repealer", library.relationsTo(openDocument).get(0).source().documentId());
        assertEquals(
                2,
                library.relationsFrom(library.document("repealer").orElseThrow())
                        .size());
    }

    @Test
    void publishableLibraryDropsNonPublicDocumentsAndTheirRelations() {
        Library published = library.publishable();
        assertTrue(published.document("secret").isEmpty());
        assertTrue(published.resolve("云政办发〔2020〕34号").isEmpty());
        List<Relation> outgoing =
                published.relationsFrom(published.document("repealer").orElseThrow());
        assertEquals(
                List.of("open"), outgoing.stream().map(r -> r.target().id()).toList());
    }
}
