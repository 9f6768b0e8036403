package org.opengazette.model.structure;

/** What a heading divides: 编, 分编, 章, 节, or another heading (一、…, a title). */
public enum Division {
    PART("编"),
    SUBPART("分编"),
    CHAPTER("章"),
    SECTION("节"),
    OTHER("");

    private final String suffix;

    Division(String suffix) {
        this.suffix = suffix;
    }

    /** The character(s) that end the heading's number: 第二<b>章</b>. */
    public String suffix() {
        return suffix;
    }

    /** Divisions nest in this order: a 章 belongs to the 编 before it, a 节 to its 章. */
    boolean inside(Division outer) {
        return outer != OTHER && this != OTHER && ordinal() > outer.ordinal();
    }
}
