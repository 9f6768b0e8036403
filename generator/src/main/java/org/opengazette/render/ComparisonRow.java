package org.opengazette.render;

import org.opengazette.diff.ComparedProvision;

/**
 * A row of a comparison page, with what the next/previous change links need.
 *
 * @param provision the compared provision
 * @param id        its HTML id ({@link ComparisonAnchors})
 * @param change    its number among the page's changes (1 for the first), 0 when it is not a change
 * @param previous  the id of the change before it, empty for none (and for a row that is not a change)
 * @param next      the id of the change after it, empty for none (and for a row that is not a change)
 */
public record ComparisonRow(ComparedProvision provision, String id, int change, String previous, String next) {}
