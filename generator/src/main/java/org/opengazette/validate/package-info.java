/**
 * Stage 2, validate: what the loaded values mean for the library, one {@link
 * org.opengazette.validate.Check} a class (required fields per kind, known taxonomy names,
 * 发文字号 shape, date order, references, duplicates, attachments, explicit status). {@link
 * org.opengazette.validate.Validator} runs them all; none throws, all report.
 */
package org.opengazette.validate;
