package org.opengazette.config;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class SerialNumbersTest {
    @Test
    void anIssnNeedsItsFormAndItsCheckDigit() {
        assertEquals(Optional.of("0317-8471"), SerialNumbers.issn("0317-8471"), "ISO 3297's own example");
        assertEquals(Optional.of("2434-561X"), SerialNumbers.issn("ISSN 2434-561x"), "prefix and a lower-case X");
        assertEquals(Optional.empty(), SerialNumbers.issn("0317-8472"), "wrong check digit");
        assertEquals(Optional.empty(), SerialNumbers.issn("03178471"), "no hyphen");
        assertEquals(Optional.empty(), SerialNumbers.issn("CN 53-1234/D"), "a CN number");
    }

    @Test
    void aCnNumberHasRegionSerialAndClass() {
        assertEquals(Optional.of("53-1234/D"), SerialNumbers.cn("CN 53-1234/D"));
        assertEquals(Optional.of("11-1234/TP"), SerialNumbers.cn("11-1234/TP"));
        assertEquals(Optional.empty(), SerialNumbers.cn("53-1234"), "no class");
        assertEquals(Optional.empty(), SerialNumbers.cn("531234/D"), "no hyphen");
        assertEquals(Optional.empty(), SerialNumbers.cn("0317-8471"), "an ISSN");
    }
}
