package org.opengazette.statistics;

/**
 * One cell group of table 2.
 *
 * @param issued   本年制发件数: documents first published in the year
 * @param repealed 本年废止件数: documents repealed with effect in the year
 * @param inForce  现行有效件数: documents in force at the end of the year (or on the as-of date)
 */
public record Counts(int issued, int repealed, int inForce) {

    public static final Counts ZERO = new Counts(0, 0, 0);

    public Counts plus(Counts other) {
        return new Counts(issued + other.issued, repealed + other.repealed, inForce + other.inForce);
    }
}
