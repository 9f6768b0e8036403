package org.opengazette.diagnostic;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Names of issuing authorities (发文机关) as an editor means them: common abbreviations written
 * out (人大常委会 → 人民代表大会常务委员会, 省政府 → 省人民政府), and the region the name starts with
 * (威海 in 威海市人民代表大会常务委员会), which a suggestion must not change.
 */
final class AuthorityName {
    private static final String[][] ABBREVIATIONS = {
        {"人大常委会", "人民代表大会常务委员会"},
        {"常委会", "常务委员会"},
        {"人大", "人民代表大会"},
        {"省政府", "省人民政府"},
        {"市政府", "市人民政府"},
        {"县政府", "县人民政府"},
        {"区政府", "区人民政府"},
    };
    private static final Pattern REGION = Pattern.compile("^(.+?)(?:自治区|自治州|自治县|省|市|县|区)");

    private AuthorityName() {}

    /** The name with its abbreviations written out. */
    static String normalized(String name) {
        String full = name.strip();
        for (String[] abbreviation : ABBREVIATIONS) {
            full = full.replace(abbreviation[0], abbreviation[1]);
        }
        return full;
    }

    /** The place name before the first 省, 市, 县, 区 or 自治区 (上海 in 上海市…), or empty for a national body. */
    static String region(String name) {
        Matcher matcher = REGION.matcher(name);
        return matcher.find() ? matcher.group(1) : "";
    }
}
