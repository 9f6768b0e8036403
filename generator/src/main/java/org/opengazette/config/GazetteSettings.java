package org.opengazette.config;

import java.util.List;

/**
 * The gazette's name and layout.
 *
 * @param name     e.g. 云南省人民政府公报
 * @param notice   a notice shown on every gazette page (e.g. that the numbering is a demonstration), or null
 * @param sections the default order of the sections of an issue's table of contents
 * @param masthead 主管/主办/出版单位 and 刊号 for the cover of a whole-issue PDF
 */
public record GazetteSettings(String name, String notice, List<String> sections, Masthead masthead) {

    /** Settings without a masthead. */
    public GazetteSettings(String name, String notice, List<String> sections) {
        this(name, notice, sections, Masthead.NONE);
    }
}
