package org.opengazette.model;

import java.util.Locale;
import java.util.Optional;

/** 时效性: the validity of a document version on a given date. */
public enum Status {
    /** 尚未生效: its effective date is still to come. */
    NOT_YET_EFFECTIVE,
    /** 现行有效. */
    IN_FORCE,
    /** 已修改: superseded by a newer version of the same document. */
    AMENDED,
    /** 已废止: repealed by another document or by an act outside the library. */
    REPEALED,
    /** 失效: its fixed term ({@code expires}) has passed. */
    EXPIRED;

    /** The key used in front matter, URLs and data files, e.g. {@code in_force}. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The status written as {@code key} in front matter, if any. */
    public static Optional<Status> fromKey(String key) {
        for (Status status : values()) {
            if (status.key().equals(key)) {
                return Optional.of(status);
            }
        }
        return Optional.empty();
    }
}
