package org.opengazette.citation;

import java.util.List;
import java.util.Optional;
import org.opengazette.model.Document;
import org.opengazette.model.Library;

/**
 * Finds the document a citation names. A number resolves through the library's 发文字号 index,
 * trying the longest prefix first and dropping leading characters ("根据云政办发〔2020〕33号" →
 * "云政办发〔2020〕33号"); a title resolves when exactly one document carries it, also with or
 * without the 中华人民共和国 prefix laws are cited by. Ambiguous references stay unresolved.
 */
public final class CitationResolver {
    private static final String PRC = "中华人民共和国";

    private final Library library;

    public CitationResolver(Library library) {
        this.library = library;
    }

    /**
     * A resolved reference: the document and the exact words that name it (the number without
     * leading words, or 《title》).
     */
    public record Resolution(Document document, String words) {}

    public Optional<Resolution> resolve(Citation citation) {
        return citation.kind() == Citation.Kind.DOC_NUMBER
                ? byNumber(citation.text())
                : byTitle(citation.text()).map(d -> new Resolution(d, "《" + citation.text() + "》"));
    }

    /** The document with {@code id} in the library. */
    public Optional<Document> document(String id) {
        return library.document(id);
    }

    /** The words of the reference that matter in a report: for a number, without leading words. */
    public String displayText(Citation citation) {
        if (citation.kind() == Citation.Kind.TITLE) {
            return "《" + citation.text() + "》";
        }
        return citation.text().replaceFirst("^(根据|按照|依照|依据|参照|对照|执行|贯彻|落实|印发|转发|关于|和|与|及|见|的|是|经|年|月|日|原)+", "");
    }

    private Optional<Resolution> byNumber(String number) {
        int codeEnd = firstNonHan(number);
        for (int start = 0; start < codeEnd; start++) {
            List<Document> numbered = library.documentsNumbered(number.substring(start));
            if (numbered.size() == 1) {
                return Optional.of(new Resolution(numbered.get(0), number.substring(start)));
            }
            if (numbered.size() > 1) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    private Optional<Document> byTitle(String title) {
        List<Document> titled = library.documentsTitled(title);
        if (titled.isEmpty()) {
            titled = title.startsWith(PRC)
                    ? library.documentsTitled(title.substring(PRC.length()))
                    : library.documentsTitled(PRC + title);
        }
        return titled.size() == 1 ? Optional.of(titled.get(0)) : Optional.empty();
    }

    private static int firstNonHan(String text) {
        int index = 0;
        while (index < text.length()
                && Character.UnicodeScript.of(text.codePointAt(index)) == Character.UnicodeScript.HAN) {
            index += Character.charCount(text.codePointAt(index));
        }
        return index;
    }
}
