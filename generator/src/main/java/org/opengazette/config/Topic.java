package org.opengazette.config;

/**
 * 主题分类: a subject heading of the disclosure catalogue.
 *
 * @param name the name, as written in {@code topics:}
 * @param slug the name of its browse page folder
 */
public record Topic(String name, String slug) {}
