package org.opengazette.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * A small content folder whose documents cover every way a version comes and goes: two versions
 * of one law, a repeal by another document, a repeal from outside, a fixed term, a future
 * effective date, no dates at all, an explicit status, and one document that is not public.
 */
final class FixtureContent {
    static final String SECRET_WORD = "绝密测试词语";

    private static final Map<String, String> FILES = Map.ofEntries(
            Map.entry("documents/fixture-law/2010-01-01.md", """
                    ---
                    title: "示范管理法"
                    doc_number: "示范主席令第1号"
                    kind: law
                    issuer: ["全国人民代表大会常务委员会"]
                    published: 2010-01-01
                    effective: 2010-03-01
                    ---
                    **第一条** 为了规范示范管理工作，制定本法。旧版本特有的条款内容。
                    """),
            Map.entry("documents/fixture-law/2020-01-01.md", """
                    ---
                    title: "示范管理法"
                    doc_number: "示范主席令第2号"
                    kind: law
                    issuer: ["全国人民代表大会常务委员会"]
                    published: 2020-01-01
                    effective: 2020-07-01
                    ---
                    **第一条** 为了规范示范管理工作，制定本法。新版本增加了数字化管理。
                    """),
            Map.entry("documents/repealed-rule.md", """
                    ---
                    title: "示范规则废止前文本"
                    kind: law
                    issuer: ["国务院"]
                    published: 2012-05-01
                    ---
                    本规则规定示范事项的办理程序。
                    """),
            Map.entry("documents/repealer.md", """
                    ---
                    title: "关于废止示范规则的决定"
                    doc_number: "国务院令第900号"
                    kind: law
                    issuer: ["国务院"]
                    published: 2020-12-01
                    effective: 2021-01-01
                    repeals: ["repealed-rule"]
                    ---
                    决定废止示范规则。
                    """),
            Map.entry("documents/term-limited.md", """
                    ---
                    title: "示范有效期规定"
                    kind: law
                    issuer: ["国务院"]
                    published: 2018-01-01
                    expires: 2022-12-31
                    ---
                    本规定有效期五年。
                    """),
            Map.entry("documents/future.md", """
                    ---
                    title: "示范未来施行办法"
                    kind: law
                    issuer: ["国务院"]
                    published: 2026-06-01
                    effective: 2030-01-01
                    ---
                    本办法自二〇三〇年一月一日起施行。
                    """),
            Map.entry("documents/undated.md", """
                    ---
                    title: "示范无日期文件"
                    kind: law
                    ---
                    没有任何日期的示范文件。
                    """),
            Map.entry("documents/explicit.md", """
                    ---
                    title: "示范明确失效文件"
                    kind: law
                    issuer: ["国务院"]
                    published: 2015-01-01
                    status: expired
                    status_note: "已由制定机关宣布失效"
                    ---
                    明确标注时效性的示范文件。
                    """),
            Map.entry("documents/repealed-outside.md", """
                    ---
                    title: "示范外部废止文件"
                    kind: law
                    issuer: ["国务院"]
                    published: 2011-01-01
                    repealed: {date: 2019-05-01, by: "库外决定"}
                    ---
                    被库外决定废止的示范文件。
                    """),
            Map.entry("documents/snippet.md", """
                    ---
                    title: "示范片段规定"
                    kind: law
                    issuer: ["国务院"]
                    published: 2016-01-01
                    history: ["示范题注字段"]
                    ---
                    本规定于2024年3月27日公布。依照法释〔2024〕7号执行。
                    """),
            Map.entry("documents/secret.md", """
                    ---
                    title: "示范内部文件{secret}"
                    kind: law
                    issuer: ["国务院"]
                    published: 2021-01-01
                    disclosure: 依申请公开
                    ---
                    不予主动公开的示范文件，含有{secret}。
                    """));

    private FixtureContent() {}

    /** Writes the content folder under {@code folder}. */
    static Path write(Path folder) {
        try {
            for (Map.Entry<String, String> file : FILES.entrySet()) {
                Path path = folder.resolve(file.getKey());
                Files.createDirectories(path.getParent());
                Files.writeString(path, file.getValue().replace("{secret}", SECRET_WORD));
            }
            return folder;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
