package fi.asiointipiste.platform.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Arrays;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SecretBoxTest {

    private static byte[] key(int fill) {
        byte[] key = new byte[32];
        Arrays.fill(key, (byte) fill);
        return key;
    }

    @Test
    void sealsSoThatOnlyTheSameKeyOpens() {
        SecretBox box = new SecretBox(key(1));
        byte[] secret = "totp secret bytes!!!".getBytes(StandardCharsets.US_ASCII);
        String sealed = box.seal(secret);
        assertThat(sealed)
                .startsWith("v1:")
                .doesNotContain(Base32.encode(secret))
                .isNotEqualTo(box.seal(secret));
        assertThat(box.open(sealed)).isEqualTo(secret);
        assertThatThrownBy(() -> new SecretBox(key(2)).open(sealed)).isInstanceOf(IllegalStateException.class);
        char[] tampered = sealed.toCharArray();
        tampered[10] = tampered[10] == 'A' ? 'B' : 'A';
        assertThatThrownBy(() -> box.open(new String(tampered))).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void refusesAKeyOfTheWrongSize() {
        assertThatThrownBy(() -> new SecretBox(new byte[16])).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void withoutAConfiguredKeyWritesAKeyFileOnceAndReadsItAfterwards() throws Exception {
        Path dir = Files.createTempDirectory(Path.of("target"), "secret-box");
        Path file = dir.resolve("data/secret-key");
        SecretBox first = boxWithFile(file);
        String sealed = first.seal(new byte[] {1, 2, 3});
        assertThat(file).exists();
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
                .isEqualTo("rw-------");
        assertThat(boxWithFile(file).open(sealed)).containsExactly(1, 2, 3);
    }

    private static SecretBox boxWithFile(Path file) {
        SecretBox box = new SecretBox();
        box.configuredKey = Optional.empty();
        box.keyFile = file.toString();
        box.loadKey();
        return box;
    }
}
