package org.opengazette.validate;

/** One rule about the content, reporting every violation it finds into the context's diagnostics. */
public interface Check {
    void check(ValidationContext context);
}
