package org.opengazette.statistics;

/** One issuer's row of a year's table: its rules and its normative documents. */
public record IssuerRow(String issuer, Counts rules, Counts normative) {}
