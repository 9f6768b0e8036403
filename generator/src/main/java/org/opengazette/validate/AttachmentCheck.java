package org.opengazette.validate;

import java.nio.file.Files;
import java.nio.file.Path;
import org.opengazette.diagnostic.Problem;
import org.opengazette.diagnostic.SourcePosition;
import org.opengazette.model.Attachment;
import org.opengazette.model.Document;
import org.opengazette.model.Version;

/** Attachments must exist and stay inside the content folder (no {@code ../} escape, no absolute path). */
final class AttachmentCheck implements Check {
    @Override
    public void check(ValidationContext context) {
        Path root = context.contentDirectory().toAbsolutePath().normalize();
        for (Document document : context.library().documents()) {
            for (Version version : document.versions()) {
                for (int i = 0; i < version.attachments().size(); i++) {
                    Attachment attachment = version.attachments().get(i);
                    SourcePosition at = version.positions()
                            .getOrDefault("attachments[" + i + "]", version.positionOf("attachments"));
                    Path file = root.resolve(attachment.path()).normalize();
                    if (!file.startsWith(root) || Path.of(attachment.path()).isAbsolute()) {
                        context.diagnostics().report(Problem.ATTACHMENT_OUTSIDE, at, attachment.path());
                    } else if (!Files.isRegularFile(file)) {
                        context.diagnostics().report(Problem.ATTACHMENT_MISSING, at, attachment.path());
                    }
                }
            }
        }
    }
}
