package org.opengazette.draft;

import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import org.opengazette.config.Authority;
import org.opengazette.config.Kind;
import org.opengazette.config.SiteConfig;
import org.opengazette.config.Topic;

/** What each front-matter key of a draft holds, and the Chinese comment that tells the editor how to fill it. */
final class FieldGuide {
    /** Keys whose value is a date: a draft fills them with the day it is made for. */
    static final Set<String> DATES = Set.of("signed", "published", "effective", "expires");
    /** Keys whose value is a list. */
    static final Set<String> LISTS =
            Set.of("issuer", "topics", "amends", "repeals", "replaces", "aliases", "attachments");

    private static final Map<String, String> COMMENTS = Map.ofEntries(
            Map.entry("doc_number", "发文字号，如 %DOCNO%；括号用〔〕，不用 [ ] 或 ( )"),
            Map.entry("signed", "成文日期：YYYY-MM-DD，已填 %DATE%，请按实际修改"),
            Map.entry("published", "发布日期：YYYY-MM-DD，已填 %DATE%，请按实际修改"),
            Map.entry("effective", "施行日期：YYYY-MM-DD（不写则同发布日期），已填 %DATE%，请按实际修改"),
            Map.entry("expires", "有效期至：YYYY-MM-DD，已填 %DATE%，请按实际修改"),
            Map.entry("status", "时效性：一般由日期推定，不必填写；填写时须同时写 status_note"),
            Map.entry("status_note", "时效性说明：为何不按日期推定的时效性"),
            Map.entry("index_no", "索引号，如 11530000015129186Q/%YEAR%-00001"),
            Map.entry("topics", "主题分类：site-config/topics.yaml 中的名称，如 %TOPIC%；可写多个"),
            Map.entry("gazette", "刊登公报：期次“年-期”，如 %YEAR%-1，须有 content/gazette/%YEAR%-1.yaml"),
            Map.entry("gazette_section", "公报栏目：该期目录中的栏目名，如 %SECTION%"),
            Map.entry("gazette_order", "栏目内顺序：整数，如 1"),
            Map.entry("amends", "修改的文件：库中文件的 id 或发文字号；可写多个"),
            Map.entry("repeals", "废止的文件：库中文件的 id 或发文字号；可写多个"),
            Map.entry("replaces", "代替的文件：库中文件的 id 或发文字号；可写多个"),
            Map.entry("repealed", "被库外文件废止：date 为废止日期，by 为废止它的文件，如 国务院令第100号"),
            Map.entry("interprets", "所解读的文件：库中文件的 id 或发文字号"),
            Map.entry("attachments", "附件：相对于本文件的路径，文件须在 content/ 内"),
            Map.entry("disclosure", "公开属性：public 为主动公开（默认）；其他值不发布"),
            Map.entry("id", "永久标识（网址 docs/<id>/）：只用字母、数字和 . _ -"),
            Map.entry("aliases", "旧标识：改名前的 id，旧网址继续可用"));

    private final SiteConfig config;
    private final Kind kind;
    private final LocalDate date;

    FieldGuide(SiteConfig config, Kind kind, LocalDate date) {
        this.config = config;
        this.kind = kind;
        this.date = date;
    }

    /** The comment of the title line. */
    String title(boolean given) {
        return given ? "标题：文件的完整标题" : "标题：文件的完整标题，如 " + issuerExample() + "关于……的通知";
    }

    /** The comment of the kind line. */
    String kind() {
        return "类别：" + kind.label() + "（site-config/kinds.yaml 中的键；改类别须同时移动文件）";
    }

    /** The comment of any other key. */
    String comment(String key) {
        if (key.equals("issuer")) {
            return "发文机关：site-config/authorities.yaml 中的名称，如 " + issuerExample() + "；联合发文写多个，用逗号分隔";
        }
        String comment = COMMENTS.get(key);
        if (comment != null) {
            return comment.replace("%DATE%", date.toString())
                    .replace("%YEAR%", String.valueOf(date.getYear()))
                    .replace("%DOCNO%", "云政办发〔" + date.getYear() + "〕1号")
                    .replace(
                            "%TOPIC%",
                            config.topics().stream()
                                    .findFirst()
                                    .map(Topic::name)
                                    .orElse("政务公开"))
                    .replace(
                            "%SECTION%",
                            config.gazette().sections().stream().findFirst().orElse("省政府文件"));
        }
        return config.field(key)
                .map(field -> field.label() + "（site-config/site.yaml 中声明的自定义字段）")
                .orElse("请填写（site-config/kinds.yaml 中“" + kind.label() + "”的必填字段）");
    }

    /** The value a draft writes: the date for date keys, else the placeholder (in a list for list keys). */
    String value(String key, String placeholder) {
        if (DATES.contains(key)) {
            return date.toString();
        }
        String quoted = NewDocument.quote(placeholder);
        if (LISTS.contains(key)) {
            return "[" + quoted + "]";
        }
        if (key.equals("repealed")) {
            return "{date: " + date + ", by: " + quoted + "}";
        }
        return quoted;
    }

    private String issuerExample() {
        return config.authorities().stream().findFirst().map(Authority::name).orElse("某某市人民政府");
    }
}
