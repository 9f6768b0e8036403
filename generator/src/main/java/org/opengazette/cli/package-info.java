/**
 * The {@code gazette} command line (picocli): {@code build} and {@code check}, thin adapters that
 * turn options into a {@link org.opengazette.build.BuildRequest} and print the result.
 * Exit codes: 0 success, 1 content errors, 2 usage errors.
 */
package org.opengazette.cli;
