package academy.anxin.credentials.domain;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Base64;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * The bits of one W3C Bitstring Status List v1.0 (https://www.w3.org/TR/vc-bitstring-status-list/): one bit per
 * issued credential, set when that credential is revoked (or suspended, for a suspension list). A verifier that
 * holds the signed list learns of a revocation without calling back, and the list's size hides which credential
 * it asked about.
 *
 * <p>Encoding, as §2.2 and §3.3 of the spec define it: the uncompressed bitstring is at least 16 KB (131,072
 * entries), index 0 is the left-most bit, that is the most significant bit of the first byte, and
 * {@link #encodedList()} is the GZIP [RFC1952] compression of those bytes, base64url without padding, behind
 * the multibase prefix {@code u}. Each status is one bit ({@code statusSize} 1).
 *
 * <p>Not thread-safe: the application service that owns a list changes it inside one transaction.
 */
public final class BitstringStatusList {

    /** The spec's floor (§2.2 "at least 16KB", §3.2 minimumNumberOfEntries): smaller lists single people out. */
    public static final int MINIMUM_LENGTH = 131_072;

    /** The multibase code for base64url without padding. */
    private static final char MULTIBASE_BASE64URL = 'u';

    /** A guard against a hostile list that inflates without end (a "zip bomb"): 16 MB is 134 million entries. */
    private static final int MAXIMUM_DECODED_BYTES = 16 * 1024 * 1024;

    private final byte[] bytes;

    /** An empty list of the minimum length: every credential valid. */
    public BitstringStatusList() {
        this(MINIMUM_LENGTH);
    }

    /** An empty list of {@code length} entries, a multiple of 8 and at least {@link #MINIMUM_LENGTH}. */
    public BitstringStatusList(int length) {
        this(new byte[checkedByteCount(length)]);
    }

    private BitstringStatusList(byte[] bytes) {
        this.bytes = bytes;
    }

    private static int checkedByteCount(int length) {
        if (length < MINIMUM_LENGTH || length % Byte.SIZE != 0) {
            throw new IllegalArgumentException(
                    "a status list holds a multiple of 8 entries, at least " + MINIMUM_LENGTH + ": " + length);
        }
        return length / Byte.SIZE;
    }

    /**
     * Reads an {@code encodedList} back, as a verifier does (§3.4). Refuses what the spec calls a
     * MALFORMED_VALUE_ERROR (not multibase base64url, not GZIP) and a STATUS_LIST_LENGTH_ERROR (under 131,072
     * entries).
     */
    public static BitstringStatusList decode(String encodedList) {
        if (encodedList == null || encodedList.isEmpty() || encodedList.charAt(0) != MULTIBASE_BASE64URL
                || encodedList.indexOf('=') >= 0) {
            throw new IllegalArgumentException("encodedList is not multibase base64url without padding");
        }
        byte[] compressed;
        try {
            compressed = Base64.getUrlDecoder().decode(encodedList.substring(1));
        } catch (IllegalArgumentException notBase64url) {
            throw new IllegalArgumentException("encodedList is not base64url", notBase64url);
        }
        byte[] bits = gunzip(compressed);
        checkedByteCount(bits.length * Byte.SIZE);
        return new BitstringStatusList(bits);
    }

    /** How many credentials this list can hold. */
    public int length() {
        return bytes.length * Byte.SIZE;
    }

    /** Whether the status bit at {@code index} is set (revoked, or suspended, as the list's purpose says). */
    public boolean get(int index) {
        return (bytes[byteOf(index)] & mask(index)) != 0;
    }

    public void set(int index) {
        bytes[byteOf(index)] |= mask(index);
    }

    public void clear(int index) {
        bytes[byteOf(index)] &= (byte) ~mask(index);
    }

    public void set(int index, boolean status) {
        if (status) {
            set(index);
        } else {
            clear(index);
        }
    }

    /** The {@code encodedList} value to publish in the status list credential. */
    public String encodedList() {
        return MULTIBASE_BASE64URL + Base64.getUrlEncoder().withoutPadding().encodeToString(gzip(bytes));
    }

    /** A copy of the uncompressed bitstring, most significant bit of the first byte first. */
    public byte[] toBytes() {
        return bytes.clone();
    }

    private int byteOf(int index) {
        if (index < 0 || index >= length()) {
            throw new IndexOutOfBoundsException("status list index " + index + " outside 0.." + (length() - 1));
        }
        return index / Byte.SIZE;
    }

    /** Index 0 is the left-most bit (§2.2), so bit 0 of a byte is its most significant bit. */
    private static byte mask(int index) {
        return (byte) (0x80 >>> (index % Byte.SIZE));
    }

    private static byte[] gzip(byte[] raw) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(raw.length / 64 + 64);
        try (GZIPOutputStream gzip = new GZIPOutputStream(out)) {
            gzip.write(raw);
        } catch (IOException cannotHappenInMemory) {
            throw new UncheckedIOException(cannotHappenInMemory);
        }
        return out.toByteArray();
    }

    private static byte[] gunzip(byte[] compressed) {
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(compressed))) {
            byte[] bits = in.readNBytes(MAXIMUM_DECODED_BYTES);
            if (in.read() != -1) {
                throw new IllegalArgumentException("encodedList inflates past " + MAXIMUM_DECODED_BYTES + " bytes");
            }
            return bits;
        } catch (IOException notGzip) {
            throw new IllegalArgumentException("encodedList is not GZIP-compressed", notGzip);
        }
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof BitstringStatusList that && Arrays.equals(bytes, that.bytes);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(bytes);
    }

    @Override
    public String toString() {
        return "BitstringStatusList[" + length() + " entries]";
    }
}
