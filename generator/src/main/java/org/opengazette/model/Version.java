package org.opengazette.model;

import java.util.List;
import java.util.Map;
import org.opengazette.diagnostic.SourcePosition;
import org.opengazette.model.structure.Structure;

/**
 * One version of a document, as written in one Markdown file.
 *
 * @param documentId     the id of the document it belongs to
 * @param key            the version's name: its file date ({@code 2003-08-27}), {@code undated},
 *                       or an empty string for a single-version document
 * @param sourcePath     the file, relative to the content directory
 * @param title          标题
 * @param docNumber      发文字号, or null
 * @param kind           the key of its kind in site-config
 * @param issuers        发文机关, in written order
 * @param dates          成文/发布/施行/有效期至
 * @param explicitStatus a status written in front matter, or null
 * @param statusNote     why the explicit status applies, or null
 * @param indexNo        索引号, or null
 * @param topics         主题分类
 * @param gazette        刊登公报, or null
 * @param relations      references to other documents
 * @param attachments    附件
 * @param disclosure     公开属性: the key of a {@link Disclosure} ({@code public} unless said otherwise)
 * @param aliases        old ids that must keep working
 * @param fields         the public custom fields declared in site-config, in written order (an
 *                       internal one, {@code public: false}, is never read into the model)
 * @param text           the Markdown body and its structure ({@link #body()}, {@link #structure()})
 * @param bodyLine       the file line where the body starts
 * @param positions      where each front-matter key's value was written (keys as in the file;
 *                       list items as {@code key[index]}; keys without a value have none), for
 *                       diagnostics of later stages
 */
public record Version(
        String documentId,
        String key,
        String sourcePath,
        String title,
        String docNumber,
        String kind,
        List<String> issuers,
        Dates dates,
        Status explicitStatus,
        String statusNote,
        String indexNo,
        List<String> topics,
        GazettePlacement gazette,
        Relations relations,
        List<Attachment> attachments,
        String disclosure,
        List<String> aliases,
        Map<String, Object> fields,
        BodyText text,
        int bodyLine,
        Map<String, SourcePosition> positions) {

    /** The Markdown body. */
    public String body() {
        return text.markdown();
    }

    /** The body's headings, articles (条, 款, 项) and passages, parsed from it. */
    public Structure structure() {
        return text.structure();
    }

    /** The same version with {@code body} as its body. */
    public Version withText(BodyText body) {
        return new Version(
                documentId,
                key,
                sourcePath,
                title,
                docNumber,
                kind,
                issuers,
                dates,
                explicitStatus,
                statusNote,
                indexNo,
                topics,
                gazette,
                relations,
                attachments,
                disclosure,
                aliases,
                fields,
                body,
                bodyLine,
                positions);
    }

    /** The disclosure value that allows publication (主动公开). */
    public static final String PUBLIC = Disclosure.PUBLIC.key();

    /** True when this version may appear in the published site. */
    public boolean isPublic() {
        return PUBLIC.equals(disclosure);
    }

    /** Where the value of a front-matter key was written, or the file itself when unknown. */
    public SourcePosition positionOf(String fieldKey) {
        SourcePosition position = positions.get(fieldKey);
        return position != null ? position : positions.getOrDefault("", SourcePosition.of(sourcePath));
    }
}
