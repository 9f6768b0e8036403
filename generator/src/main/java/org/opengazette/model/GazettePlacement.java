package org.opengazette.model;

/**
 * Where a version was printed in the gazette (刊登公报).
 *
 * @param issueId the issue, {@code <year>-<number>}
 * @param section the section of the issue's table of contents, or null
 * @param order   the position inside the section, or null
 */
public record GazettePlacement(String issueId, String section, Integer order) {}
