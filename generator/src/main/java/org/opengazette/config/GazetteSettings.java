package org.opengazette.config;

import java.util.List;

/**
 * The gazette's name and layout.
 *
 * @param name     e.g. 云南省人民政府公报
 * @param notice   a notice shown on every gazette page (e.g. that the numbering is a demonstration), or null
 * @param sections the default order of the sections of an issue's table of contents
 */
public record GazetteSettings(String name, String notice, List<String> sections) {}
