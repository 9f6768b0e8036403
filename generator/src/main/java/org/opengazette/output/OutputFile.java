package org.opengazette.output;

/**
 * A file written to the site.
 *
 * @param path   the path inside the site, with forward slashes
 * @param size   its size in bytes
 * @param sha256 the hex SHA-256 of its bytes
 */
public record OutputFile(String path, long size, String sha256) {}
