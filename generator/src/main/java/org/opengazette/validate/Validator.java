package org.opengazette.validate;

import java.util.List;

/** Runs every {@link Check} over the library. */
public final class Validator {
    private static final List<Check> CHECKS = List.of(
            new RequiredFieldsCheck(),
            new TaxonomyCheck(),
            new IdentifierCheck(),
            new DocNumberCheck(),
            new DateOrderCheck(),
            new ExplicitStatusCheck(),
            new CommencementCheck(),
            new BracketCheck(),
            new DuplicateCheck(),
            new ReferenceCheck(),
            new RelationCheck(),
            new GazetteCheck(),
            new AttachmentCheck(),
            new NavigationCheck());

    private Validator() {}

    public static void validate(ValidationContext context) {
        CHECKS.forEach(check -> check.check(context));
    }
}
