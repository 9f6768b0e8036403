package org.opengazette.source;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The id and 发文字号 of a file whose YAML does not parse are still read off their own lines. */
class RawFrontMatterTest {
    @TempDir
    Path folder;

    @Test
    void valuesAreReadOffTheLinesOfABrokenFrontMatter() throws IOException {
        Path file = folder.resolve("sh-2019-12.md");
        Files.writeString(file, """
                ---
                title: "上海市人民政府关于印发《上海市行政规范性文件管理规定》的通知
                doc_number: "沪府规〔2019〕12号"   # 原件
                id: sh-2019-admin-norms
                kind：normative_document
                ---
                doc_number: 正文中的文字不算
                """);
        assertEquals(Optional.of("沪府规〔2019〕12号"), RawFrontMatter.value(file, "doc_number"));
        assertEquals(Optional.of("sh-2019-admin-norms"), RawFrontMatter.value(file, "id"));
        assertEquals(Optional.of("normative_document"), RawFrontMatter.value(file, "kind"));
        assertEquals(Optional.empty(), RawFrontMatter.value(file, "published"));
    }

    @Test
    void aFileThatIsNotUtf8HasNoValues() throws IOException {
        Path file = folder.resolve("gbk.md");
        Files.write(file, "---\ndoc_number: 沪府规〔2019〕12号\n---\n".getBytes("GBK"));
        assertEquals(Optional.empty(), RawFrontMatter.value(file, "doc_number"));
    }
}
