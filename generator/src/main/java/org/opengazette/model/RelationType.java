package org.opengazette.model;

/** The ways one document refers to another, each read in both directions on the site. */
public enum RelationType {
    /** 修改 / 被修改. */
    AMENDS,
    /** 废止 / 被废止. */
    REPEALS,
    /** 代替 / 被代替. */
    REPLACES,
    /** 解读 / 相关解读. */
    INTERPRETS;

    /** The key used in front matter and data files, e.g. {@code amends}. */
    public String key() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
