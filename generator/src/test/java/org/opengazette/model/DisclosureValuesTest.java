package org.opengazette.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** 公开属性 is named by its key in any case or by its Chinese label; nothing else is a value. */
class DisclosureValuesTest {
    @ParameterizedTest
    @CsvSource(textBlock = """
            public,       PUBLIC
            Public,       PUBLIC
            PUBLIC,       PUBLIC
            主动公开,      PUBLIC
            on_request,   ON_REQUEST
            On_Request,   ON_REQUEST
            依申请公开,    ON_REQUEST
            not_public,   NOT_PUBLIC
            不予公开,      NOT_PUBLIC
            """)
    void keysAndLabelsNameTheValue(String written, Disclosure meant) {
        assertEquals(Optional.of(meant), Disclosure.parse(written));
    }

    @ParameterizedTest
    @ValueSource(strings = {"公开", "主動公開", "pubic", "private", "依申请", "yes"})
    void anythingElseIsNoValue(String written) {
        assertEquals(Optional.empty(), Disclosure.parse(written));
    }
}
