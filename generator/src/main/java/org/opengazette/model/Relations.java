package org.opengazette.model;

import java.util.List;

/**
 * The references a version makes to other documents, each by id or 发文字号.
 *
 * @param amends     修改
 * @param repeals    废止
 * @param replaces   代替
 * @param interprets 解读: the policy this interpretation explains, or null
 * @param repealed   a repeal by an act outside the library, or null
 */
public record Relations(
        List<String> amends, List<String> repeals, List<String> replaces, String interprets, ExternalRepeal repealed) {

    public static final Relations NONE = new Relations(List.of(), List.of(), List.of(), null, null);
}
