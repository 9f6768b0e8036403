/**
 * 施行条款: the clause of a text that says when it takes effect ("本条例自2024年9月1日起施行",
 * "本办法自公布之日起施行"), read from the body by {@link
 * org.opengazette.commencement.CommencementClauses} and held against the version's metadata by
 * {@link org.opengazette.commencement.Commencement}.
 */
package org.opengazette.commencement;
