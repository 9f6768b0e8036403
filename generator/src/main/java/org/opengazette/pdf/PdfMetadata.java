package org.opengazette.pdf;

import java.time.LocalDate;

/**
 * The document information of a PDF (and its XMP copy): written into the XHTML head as
 * {@code <title>} and {@code <meta>}, and fixed after layout for reproducible bytes.
 *
 * @param title    标题
 * @param author   发文机关, joined with 、; or null
 * @param subject  the kind and 发文字号, e.g. 规范性文件 云政办发〔2020〕33号
 * @param keywords 主题分类 and kind, comma-separated
 * @param date     creation and modification date: 成文日期, else 发布日期, else 施行日期; null when undated
 * @param language the {@code lang} of the document, e.g. zh-CN
 */
public record PdfMetadata(
        String title, String author, String subject, String keywords, LocalDate date, String language) {}
