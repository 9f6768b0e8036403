package org.opengazette.render;

import java.util.List;

/**
 * The model of a document page (one version of one document).
 *
 * @param id          the document id
 * @param title       标题
 * @param docNumber   发文字号, or null
 * @param status      the status key of this version on the as-of date
 * @param statusLabel the status label
 * @param banner      the status banner, or null when the version is simply in force
 * @param metadata    the metadata block, in the order of Chinese government portals
 * @param bodyHtml    the sanitized body
 * @param contents    the body's 目录 (headings with their articles, or a long body's articles);
 *                    empty when it needs none
 * @param permalink   the public address of this version's page, which an article's link is
 *                    copied with: it keeps showing the same words when a newer version applies
 * @param attachments links to the attachments
 * @param versions    every version of the document, oldest first (empty for a single version)
 * @param relations   links to related documents, both directions
 * @param citedBy     the other documents whose bodies cite this one (被引用)
 * @param dataUrl     the document's JSON
 * @param pdfUrl      this version's PDF, or null when none was written
 * @param history     最后更新 and 修订记录 from git, or null when git has none for the document
 * @param qrCode      the page's public address as a QR code (inline SVG)
 */
public record DocumentPage(
        String id,
        String title,
        String docNumber,
        String status,
        String statusLabel,
        Banner banner,
        List<MetadataRow> metadata,
        String bodyHtml,
        List<ContentsEntry> contents,
        String permalink,
        List<Link> attachments,
        List<VersionEntry> versions,
        List<Link> relations,
        List<Link> citedBy,
        String dataUrl,
        String pdfUrl,
        Revisions history,
        String qrCode) {}
