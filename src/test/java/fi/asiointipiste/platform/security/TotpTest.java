package fi.asiointipiste.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** RFC 6238 (TOTP) against its own test vectors (appendix B), and the rules on top: drift, replay, format. */
class TotpTest {

    private static final byte[] SHA1_SEED = "12345678901234567890".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] SHA256_SEED = "12345678901234567890123456789012".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] SHA512_SEED =
            ("1234567890123456789012345678901234567890123456789012345678901234").getBytes(StandardCharsets.US_ASCII);

    @ParameterizedTest(name = "T={0}: SHA1 {1}, SHA256 {2}, SHA512 {3}")
    @CsvSource({
        "59,          94287082, 46119246, 90693936",
        "1111111109,  07081804, 68084774, 25091201",
        "1111111111,  14050471, 67062674, 99943326",
        "1234567890,  89005924, 91819424, 93441116",
        "2000000000,  69279037, 90698825, 38618901",
        "20000000000, 65353130, 77737706, 47863826"
    })
    void matchesTheRfc6238TestVectors(long seconds, String sha1, String sha256, String sha512) {
        long step = Totp.stepAt(Instant.ofEpochSecond(seconds));
        assertThat(Totp.code(SHA1_SEED, step, "HmacSHA1", 8)).isEqualTo(sha1);
        assertThat(Totp.code(SHA256_SEED, step, "HmacSHA256", 8)).isEqualTo(sha256);
        assertThat(Totp.code(SHA512_SEED, step, "HmacSHA512", 8)).isEqualTo(sha512);
    }

    @Test
    void authenticatorAppsShowTheLastSixDigitsOfTheSha1Code() {
        long step = Totp.stepAt(Instant.ofEpochSecond(1111111109));
        assertThat(Totp.code(SHA1_SEED, step)).isEqualTo("081804");
    }

    @Test
    void acceptsTheCodeOfTheStepBeforeAndAfterButNotFurther() {
        Instant now = Instant.ofEpochSecond(1_800_000_000L);
        long step = Totp.stepAt(now);
        for (long drift = -1; drift <= 1; drift++) {
            assertThat(Totp.verify(SHA1_SEED, Totp.code(SHA1_SEED, step + drift), now, null))
                    .as("drift %d", drift)
                    .hasValue(step + drift);
        }
        assertThat(Totp.verify(SHA1_SEED, Totp.code(SHA1_SEED, step - 2), now, null))
                .isEmpty();
        assertThat(Totp.verify(SHA1_SEED, Totp.code(SHA1_SEED, step + 2), now, null))
                .isEmpty();
    }

    @Test
    void aCodeWorksOnceAndNoEarlierCodeAfterIt() {
        Instant now = Instant.ofEpochSecond(1_800_000_000L);
        long step = Totp.stepAt(now);
        String code = Totp.code(SHA1_SEED, step);
        assertThat(Totp.verify(SHA1_SEED, code, now, null)).hasValue(step);
        assertThat(Totp.verify(SHA1_SEED, code, now, step))
                .as("the same code again")
                .isEmpty();
        assertThat(Totp.verify(SHA1_SEED, Totp.code(SHA1_SEED, step - 1), now, step))
                .as("an older code")
                .isEmpty();
        assertThat(Totp.verify(SHA1_SEED, Totp.code(SHA1_SEED, step + 1), now, step))
                .as("the next one")
                .hasValue(step + 1);
    }

    @Test
    void refusesWhatIsNotSixDigitsButAllowsTheAppsSpace() {
        Instant now = Instant.ofEpochSecond(1_800_000_000L);
        String code = Totp.code(SHA1_SEED, Totp.stepAt(now));
        assertThat(Totp.verify(SHA1_SEED, code.substring(0, 3) + " " + code.substring(3), now, null))
                .isPresent();
        assertThat(Totp.verify(SHA1_SEED, null, now, null)).isEmpty();
        assertThat(Totp.verify(SHA1_SEED, "", now, null)).isEmpty();
        assertThat(Totp.verify(SHA1_SEED, code + "0", now, null)).isEmpty();
        assertThat(Totp.verify(SHA1_SEED, "12345a", now, null)).isEmpty();
        assertThat(Totp.verify(SHA1_SEED, "١٢٣٤٥٦", now, null))
                .as("non-ASCII digits")
                .isEmpty();
    }

    @Test
    void theEnrolmentAddressFollowsTheKeyUriFormat() {
        assertThat(Totp.otpauthUri("Asiointipiste", "clerk", SHA1_SEED))
                .isEqualTo(
                        "otpauth://totp/Asiointipiste:clerk?secret=GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ&issuer=Asiointipiste"
                                + "&algorithm=SHA1&digits=6&period=30");
        assertThat(Totp.newSecret()).hasSize(20).isNotEqualTo(Totp.newSecret());
    }

    @ParameterizedTest
    @CsvSource(value = {"'',''", "f,MY", "fo,MZXQ", "foo,MZXW6", "foob,MZXW6YQ", "fooba,MZXW6YTB", "foobar,MZXW6YTBOI"})
    void base32FollowsRfc4648WithoutPadding(String plain, String encoded) {
        byte[] bytes = plain.getBytes(StandardCharsets.US_ASCII);
        assertThat(Base32.encode(bytes)).isEqualTo(encoded);
        assertThat(Base32.decode(encoded)).isEqualTo(bytes);
        assertThat(Base32.decode(encoded.toLowerCase() + "====")).isEqualTo(bytes);
        assertThat(Base32.decode("MZ1")).as("1 is not Base32").isNull();
        assertThat(Base32.grouped("ABCDEFGHIJ")).isEqualTo("ABCD EFGH IJ");
    }
}
