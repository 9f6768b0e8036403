package org.opengazette.diagnostic;

import static org.junit.jupiter.api.Assertions.assertFalse;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Every problem has a message and a hint naming the fix, in English and in Chinese. */
class MessageBundlesTest {
    @ParameterizedTest
    @EnumSource(Problem.class)
    void everyProblemHasAMessageAndAHintInBothLanguages(Problem problem) {
        for (String language : new String[] {"en", "zh-CN"}) {
            Messages messages = Messages.forLanguage(language);
            assertFalse(messages.message(problem, "a", "b", "c", "d").isBlank(), problem + " message in " + language);
            assertFalse(messages.hint(problem, "a", "b", "c", "d").isBlank(), problem + " hint in " + language);
        }
    }
}
