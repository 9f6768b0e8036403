package org.opengazette.model;

/**
 * A resolved reference: {@code source} (a version) {@code type} {@code target} (a document).
 * A repeal takes effect on the effective date of the repealing version.
 */
public record Relation(RelationType type, Version source, Document target) {}
