package org.opengazette.draft;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.opengazette.config.ConfigLoader;
import org.opengazette.config.Kind;
import org.opengazette.config.SiteConfig;
import org.opengazette.diagnostic.DiagnosticFormatter;
import org.opengazette.diagnostic.Diagnostics;
import org.opengazette.diagnostic.Messages;
import org.opengazette.diagnostic.SourcePosition;
import org.opengazette.load.ContentLoader;
import org.opengazette.load.ContentScanner;
import org.opengazette.load.ContentTree;
import org.opengazette.model.Document;
import org.opengazette.model.Version;
import org.opengazette.source.Placeholder;

/**
 * Writes a new document: {@code content/documents/<kind>/<id>.md} with {@code title}, {@code kind}
 * and every key the kind requires, dates set to the day given, everything else the placeholder
 * {@link Placeholder#MARKER}, and a Chinese comment on each line. The id is checked against every
 * id and alias of the library; an existing file is never overwritten.
 */
public final class NewDocument {
    /** What an id may be: the same rule as the check's (it is a URL segment). */
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");
    /** The folder of documents under the content folder, as the demo lays them out. */
    public static final String DOCUMENTS_FOLDER = "documents";

    private NewDocument() {}

    /**
     * What was written.
     *
     * @param file the new file
     * @param id   the document's id (its file name)
     * @param kind the kind
     * @param text what the file holds
     */
    public record Draft(Path file, String id, Kind kind, String text) {}

    /**
     * Reads the site config a draft is written for; when it has errors, a {@link
     * DraftException.Reason#CONFIG_INVALID} whose message lists them (nothing can be written).
     */
    public static SiteConfig siteConfig(Path configFolder) throws DraftException {
        Diagnostics diagnostics = new Diagnostics(Messages.forLanguage(ConfigLoader.peekLanguage(configFolder)));
        SiteConfig config = new ConfigLoader(configFolder, SourcePosition::display, diagnostics).load();
        if (diagnostics.errorCount() > 0) {
            throw new DraftException(
                    DraftException.Reason.CONFIG_INVALID,
                    "fix site-config first; nothing was written\n"
                            + DiagnosticFormatter.named("text").format(diagnostics.sorted(), diagnostics.messages()));
        }
        return config;
    }

    /** The kind named by its key or its label (规章 → rule). */
    public static Kind kind(SiteConfig config, String keyOrLabel) throws DraftException {
        String wanted = keyOrLabel.strip();
        Optional<Kind> kind = config.kind(wanted)
                .or(() -> config.kinds().stream()
                        .filter(k -> k.label().equals(wanted))
                        .findFirst())
                .or(() -> config.kinds().stream()
                        .filter(k -> k.key().equalsIgnoreCase(wanted))
                        .findFirst());
        if (kind.isEmpty()) {
            throw new DraftException(
                    DraftException.Reason.UNKNOWN_KIND,
                    "unknown kind \"" + keyOrLabel
                            + "\"; the kinds of site-config/kinds.yaml are: "
                            + config.kinds().stream()
                                    .map(k -> k.key() + " (" + k.label() + ")")
                                    .collect(Collectors.joining(", ")));
        }
        return kind.get();
    }

    /**
     * Writes the draft.
     *
     * @param content the content folder
     * @param config  the site config (kinds, authorities, fields)
     * @param kindArg the kind's key or label
     * @param title   the title, or null for the placeholder
     * @param id      the id, or null to make one from the title (when it is ASCII) or from the kind and date
     * @param date    the day the draft is for: its date fields and its default id
     */
    public static Draft create(Path content, SiteConfig config, String kindArg, String title, String id, LocalDate date)
            throws DraftException, IOException {
        Kind kind = kind(config, kindArg);
        if (id != null && !ID.matcher(id).matches()) {
            throw new DraftException(
                    DraftException.Reason.INVALID_ID,
                    "id \"" + id
                            + "\" cannot be used in a URL: use letters, digits, \".\", \"_\" and \"-\", starting with a letter or digit");
        }
        Path folder = content.resolve(DOCUMENTS_FOLDER).resolve(kind.key());
        Set<String> taken = takenIds(content, config);
        String chosen;
        if (id != null) {
            if (taken.contains(id.toLowerCase(Locale.ROOT))) {
                throw new DraftException(
                        DraftException.Reason.ID_TAKEN,
                        "id \"" + id
                                + "\" is already used by a document of the library (ids and aliases must be unique)");
            }
            chosen = id;
        } else {
            chosen = freeId(defaultId(kind, title, date), taken, folder);
        }
        Path file = folder.resolve(chosen + ".md");
        if (Files.exists(file) || Files.exists(folder.resolve(chosen))) {
            throw new DraftException(DraftException.Reason.FILE_EXISTS, file + " exists already; nothing was written");
        }
        String text = text(config, kind, title, date);
        Files.createDirectories(folder);
        try {
            Files.writeString(
                    file, text, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        } catch (FileAlreadyExistsException e) {
            throw new DraftException(DraftException.Reason.FILE_EXISTS, file + " exists already; nothing was written");
        }
        return new Draft(file, chosen, kind, text);
    }

    /** From an ASCII title ("Road Safety Rules" → road-safety-rules), else kind and date (rule-2026-03-01). */
    static String defaultId(Kind kind, String title, LocalDate date) {
        if (title != null && title.chars().allMatch(c -> c < 128)) {
            String slug =
                    title.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
            if (slug.length() > 60) {
                slug = slug.substring(0, 60).replaceAll("-+$", "");
            }
            if (!slug.isEmpty()) {
                return slug;
            }
        }
        return kind.key() + "-" + date;
    }

    /** The id itself when free, else the first free of id-2, id-3 … */
    private static String freeId(String base, Set<String> taken, Path folder) {
        String candidate = base;
        for (int n = 2;
                taken.contains(candidate.toLowerCase(Locale.ROOT))
                        || Files.exists(folder.resolve(candidate + ".md"))
                        || Files.exists(folder.resolve(candidate));
                n++) {
            candidate = base + "-" + n;
        }
        return candidate;
    }

    /**
     * Every id the library uses, lower-cased (ids differing only in case would share a URL on
     * case-insensitive disks): document ids (file or folder names, and {@code id:}) and aliases.
     */
    private static Set<String> takenIds(Path content, SiteConfig config) {
        Set<String> ids = new LinkedHashSet<>();
        if (!Files.isDirectory(content)) {
            return ids;
        }
        for (ContentTree.DocumentFiles files : ContentScanner.scan(content).documents()) {
            ids.add(files.defaultId());
        }
        Diagnostics ignored = new Diagnostics(Messages.forLanguage(config.language()));
        for (Document document : new ContentLoader(content, config, Path::toString, ignored)
                .load()
                .documents()) {
            ids.add(document.id());
            for (Version version : document.versions()) {
                ids.addAll(version.aliases());
            }
        }
        return ids.stream().map(s -> s.toLowerCase(Locale.ROOT)).collect(Collectors.toSet());
    }

    /** The file's text: the front matter with a comment on every line, then an empty body. */
    static String text(SiteConfig config, Kind kind, String title, LocalDate date) {
        FieldGuide guide = new FieldGuide(config, kind, date);
        List<String[]> lines = new ArrayList<>();
        lines.add(
                new String[] {"title: " + quote(title != null ? title : Placeholder.MARKER), guide.title(title != null)
                });
        lines.add(new String[] {"kind: " + kind.key(), guide.kind()});
        Set<String> written = new LinkedHashSet<>(List.of("title", "kind"));
        for (String key : kind.required()) {
            if (written.add(key)) {
                lines.add(new String[] {key + ": " + guide.value(key, Placeholder.MARKER), guide.comment(key)});
            }
        }
        List<String[]> optional = new ArrayList<>();
        for (String key : List.of("signed", "effective", "topics", "gazette", "gazette_section", "gazette_order")) {
            if (!written.contains(key)) {
                String example = switch (key) {
                    case "topics" ->
                        "["
                                + quote(
                                        config.topics().isEmpty()
                                                ? "政务公开"
                                                : config.topics().get(0).name()) + "]";
                    case "gazette" -> date.getYear() + "-1";
                    case "gazette_section" ->
                        quote(
                                config.gazette().sections().isEmpty()
                                        ? "省政府文件"
                                        : config.gazette().sections().get(0));
                    case "gazette_order" -> "1";
                    default -> date.toString();
                };
                optional.add(new String[] {"# " + key + ": " + example, guide.comment(key)});
            }
        }
        int width = 0;
        for (String[] line : lines) {
            width = Math.max(width, displayWidth(line[0]));
        }
        for (String[] line : optional) {
            width = Math.max(width, displayWidth(line[0]));
        }
        StringBuilder text = new StringBuilder("---\n");
        text.append("# ")
                .append(kind.label())
                .append("草稿，由 gazette new 生成（")
                .append(date)
                .append("）。")
                .append("“")
                .append(Placeholder.MARKER)
                .append("”是占位内容：gazette check 逐项提示，填写后提示消失。\n");
        for (String[] line : lines) {
            text.append(pad(line[0], width)).append("  # ").append(line[1]).append('\n');
        }
        if (!optional.isEmpty()) {
            text.append("# 常用的选填字段：需要时删去行首的“# ”并填写。\n");
            for (String[] line : optional) {
                text.append(pad(line[0], width)).append("  # ").append(line[1]).append('\n');
            }
        }
        text.append("---\n\n<!-- 正文：在此处用 Markdown 撰写（条文、标题、表格、脚注均可），并删除本行。 -->\n");
        return text.toString();
    }

    /** A YAML double-quoted string. */
    static String quote(String value) {
        StringBuilder quoted = new StringBuilder("\"");
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '"' -> quoted.append("\\\"");
                case '\\' -> quoted.append("\\\\");
                case '\n', '\r', '\t' -> quoted.append(' ');
                default -> {
                    if (c < 0x20 || c == 0x7F) {
                        quoted.append(String.format("\\u%04x", (int) c));
                    } else {
                        quoted.append(c);
                    }
                }
            }
        }
        return quoted.append('"').toString();
    }

    private static String pad(String text, int width) {
        return text + " ".repeat(Math.max(0, width - displayWidth(text)));
    }

    /** Columns in a terminal or editor: CJK and full-width characters take two. */
    private static int displayWidth(String text) {
        return text.codePoints()
                .map(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN
                                || (c >= 0x3000 && c <= 0x303F)
                                || (c >= 0xFF00 && c <= 0xFFEF)
                        ? 2
                        : 1)
                .sum();
    }
}
