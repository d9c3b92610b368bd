package academy.anxin.credentials.domain;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Base64;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;

class BitstringStatusListTest {

    private static final int[] SET = {0, 7, 8, 131_071};

    @Test
    void aNewListHasTheSpecMinimumOf131072EntriesAllClear() {
        BitstringStatusList list = new BitstringStatusList();

        assertEquals(131_072, list.length());
        assertEquals(16 * 1024, list.toBytes().length);
        for (int index = 0; index < list.length(); index++) {
            assertFalse(list.get(index));
        }
    }

    @Test
    void setBitsSurviveEncodingAndDecodingAndNoOtherBitIsSet() {
        BitstringStatusList list = new BitstringStatusList();
        for (int index : SET) {
            list.set(index);
        }

        BitstringStatusList decoded = BitstringStatusList.decode(list.encodedList());

        assertEquals(list, decoded);
        int setCount = 0;
        for (int index = 0; index < decoded.length(); index++) {
            if (decoded.get(index)) {
                setCount++;
            }
        }
        assertEquals(SET.length, setCount);
        for (int index : SET) {
            assertTrue(decoded.get(index), "bit " + index);
        }
    }

    @Test
    void theEncodedListIsMultibaseBase64urlOfGzipWithIndexZeroAsTheLeftMostBit() throws IOException {
        BitstringStatusList list = new BitstringStatusList();
        for (int index : SET) {
            list.set(index);
        }

        String encoded = list.encodedList();

        assertEquals('u', encoded.charAt(0), "multibase prefix for base64url without padding");
        assertFalse(encoded.contains("=") || encoded.contains("+") || encoded.contains("/"), encoded);
        byte[] compressed = Base64.getUrlDecoder().decode(encoded.substring(1));
        assertEquals((byte) 0x1f, compressed[0], "GZIP magic");
        assertEquals((byte) 0x8b, compressed[1], "GZIP magic");
        byte[] raw;
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(compressed))) {
            raw = in.readAllBytes();
        }
        assertEquals(16 * 1024, raw.length);
        assertEquals((byte) 0b1000_0001, raw[0], "bits 0 and 7: most and least significant of byte 0");
        assertEquals((byte) 0b1000_0000, raw[1], "bit 8: most significant of byte 1");
        assertEquals((byte) 0b0000_0001, raw[raw.length - 1], "bit 131071: least significant of the last byte");
    }

    @Test
    void readsTheExampleListOfTheW3cRecommendation() {
        // Example 3 of Bitstring Status List v1.0 §2.2: an empty list from another implementation
        BitstringStatusList example =
                BitstringStatusList.decode("uH4sIAAAAAAAAA-3BMQEAAADCoPVPbQwfoAAAAAAAAAAAAAAAAAAAAIC3AYbSVKsAQAAA");

        assertEquals(131_072, example.length());
        assertEquals(new BitstringStatusList(), example);
    }

    @Test
    void clearingASetBitMakesTheCredentialValidAgain() {
        BitstringStatusList list = new BitstringStatusList();
        list.set(42);
        list.clear(42);
        list.set(43, true);
        list.set(43, false);

        assertFalse(list.get(42));
        assertFalse(list.get(43));
        assertEquals(new BitstringStatusList(), list);
    }

    @Test
    void refusesIndexesOutsideTheList() {
        BitstringStatusList list = new BitstringStatusList();

        assertThrows(IndexOutOfBoundsException.class, () -> list.get(-1));
        assertThrows(IndexOutOfBoundsException.class, () -> list.set(131_072));
        assertThrows(IndexOutOfBoundsException.class, () -> list.clear(Integer.MAX_VALUE));
    }

    @Test
    void refusesListsShorterThanTheSpecMinimumOrNotWholeBytes() {
        assertThrows(IllegalArgumentException.class, () -> new BitstringStatusList(1024));
        assertThrows(IllegalArgumentException.class, () -> new BitstringStatusList(131_073));
        assertEquals(262_144, new BitstringStatusList(262_144).length());
    }

    @Test
    void decodingRefusesWhatTheSpecCallsMalformedOrTooShort() throws IOException {
        String valid = new BitstringStatusList().encodedList();

        assertThrows(IllegalArgumentException.class, () -> BitstringStatusList.decode(valid.substring(1)));
        assertThrows(IllegalArgumentException.class, () -> BitstringStatusList.decode("z" + valid.substring(1)));
        assertThrows(IllegalArgumentException.class, () -> BitstringStatusList.decode(valid + "=="));
        assertThrows(IllegalArgumentException.class, () -> BitstringStatusList.decode("u!!!"));
        assertThrows(IllegalArgumentException.class, () -> BitstringStatusList.decode(
                "u" + Base64.getUrlEncoder().withoutPadding().encodeToString(new byte[64])));
        assertThrows(IllegalArgumentException.class, () -> BitstringStatusList.decode(
                "u" + Base64.getUrlEncoder().withoutPadding().encodeToString(gzip(new byte[1024]))));
        assertThrows(IllegalArgumentException.class, () -> BitstringStatusList.decode(""));
        assertThrows(IllegalArgumentException.class, () -> BitstringStatusList.decode(null));
    }

    @Test
    void toBytesIsACopy() {
        BitstringStatusList list = new BitstringStatusList();
        byte[] bytes = list.toBytes();
        bytes[0] = (byte) 0xff;

        assertFalse(list.get(0));
        assertArrayEquals(new byte[16 * 1024], list.toBytes());
    }

    private static byte[] gzip(byte[] raw) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(out)) {
            gzip.write(raw);
        }
        return out.toByteArray();
    }
}
