package org.opengazette.draft;

/** Why a draft was not written; {@link #usage()} tells a wrong argument from a conflict with the content. */
public final class DraftException extends Exception {
    private static final long serialVersionUID = 1L;

    /** What went wrong. */
    public enum Reason {
        /** KIND is neither a key nor a label of site-config/kinds.yaml. */
        UNKNOWN_KIND,
        /** {@code --id} cannot be used in a URL. */
        INVALID_ID,
        /** {@code --id} names a document (or alias) of the library already. */
        ID_TAKEN,
        /** The file to write exists already; nothing is ever overwritten. */
        FILE_EXISTS,
        /** site-config has errors, so the kind's fields are not known. */
        CONFIG_INVALID
    }

    private final Reason reason;

    DraftException(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }

    /** True for a wrong argument (exit 2), false for a conflict with the content (exit 1). */
    public boolean usage() {
        return reason == Reason.UNKNOWN_KIND || reason == Reason.INVALID_ID;
    }
}
