package org.opengazette.model;

import java.time.LocalDate;
import java.util.List;

/**
 * A document of the library: one or more {@link Version}s under one permanent id.
 *
 * @param id         the permanent id, also the URL {@code docs/<id>/}
 * @param sourcePath the file or version folder, relative to the content directory
 * @param versions   oldest first (an undated version counts as the oldest)
 */
public record Document(String id, String sourcePath, List<Version> versions) {

    public boolean hasSeveralVersions() {
        return versions.size() > 1;
    }

    /** The newest version. */
    public Version latest() {
        return versions.get(versions.size() - 1);
    }

    /**
     * The version that applies on {@code date}: the newest one whose effective date is not after
     * it; when none has taken effect yet, the oldest one.
     */
    public Version versionOn(LocalDate date) {
        Version applying = null;
        for (Version version : versions) {
            LocalDate effective = version.dates().effectiveOrPublished();
            if (effective == null || !effective.isAfter(date)) {
                applying = version;
            }
        }
        return applying != null ? applying : versions.get(0);
    }

    /** The version after {@code version}, or null for the newest. */
    public Version successorOf(Version version) {
        int index = versions.indexOf(version);
        return index >= 0 && index + 1 < versions.size() ? versions.get(index + 1) : null;
    }
}
