package fi.asiointipiste.platform.security;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import java.util.logging.Logger;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Encrypts the secrets the application must read back (second-factor TOTP secrets) with AES-256-GCM, so a copy of
 * the database alone reveals none of them. The key is {@code asiointipiste.secret-key} (Base64 of 32 random bytes,
 * from the environment as {@code ASIOINTIPISTE_SECRET_KEY}); without it the key is read from, or on the first start
 * written to, the file {@code asiointipiste.secret-key-file} (readable by the owner only). Every node of a cluster
 * needs the same key, and a backup of the database needs the key to be useful (docs/security.md).
 */
@ApplicationScoped
public class SecretBox {

    private static final Logger LOG = Logger.getLogger(SecretBox.class.getName());
    private static final String VERSION = "v1:";
    private static final int NONCE_BYTES = 12;
    private static final int KEY_BYTES = 32;
    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    @ConfigProperty(name = "asiointipiste.secret-key")
    Optional<String> configuredKey;

    @Inject
    @ConfigProperty(name = "asiointipiste.secret-key-file", defaultValue = "./data/secret-key")
    String keyFile;

    private SecretKeySpec key;

    public SecretBox() {}

    /** A box with a given key, outside the container (tests). */
    public SecretBox(byte[] rawKey) {
        this.key = keySpec(rawKey);
    }

    @PostConstruct
    void loadKey() {
        key = keySpec(configuredKey
                .filter(k -> !k.isBlank())
                .map(SecretBox::decodeKey)
                .orElseGet(this::keyFromFile));
    }

    public String seal(byte[] secret) {
        try {
            byte[] nonce = new byte[NONCE_BYTES];
            RANDOM.nextBytes(nonce);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key(), new GCMParameterSpec(128, nonce));
            byte[] sealed = cipher.doFinal(secret);
            return VERSION
                    + Base64.getEncoder()
                            .encodeToString(ByteBuffer.allocate(nonce.length + sealed.length)
                                    .put(nonce)
                                    .put(sealed)
                                    .array());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot encrypt a secret", e);
        }
    }

    /** The secret again; fails when the text was not sealed with this key (another key, or changed in the database). */
    public byte[] open(String sealed) {
        if (sealed == null || !sealed.startsWith(VERSION)) {
            throw new IllegalArgumentException("not a sealed secret");
        }
        try {
            byte[] all = Base64.getDecoder().decode(sealed.substring(VERSION.length()));
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key(), new GCMParameterSpec(128, all, 0, NONCE_BYTES));
            return cipher.doFinal(all, NONCE_BYTES, all.length - NONCE_BYTES);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalStateException("a sealed secret does not open with the configured key", e);
        }
    }

    private SecretKeySpec key() {
        if (key == null) {
            throw new IllegalStateException("no secret key");
        }
        return key;
    }

    private static SecretKeySpec keySpec(byte[] raw) {
        if (raw.length != KEY_BYTES) {
            throw new IllegalStateException(
                    "the secret key must be " + KEY_BYTES + " bytes (Base64 of 32 random bytes)");
        }
        return new SecretKeySpec(raw, "AES");
    }

    private static byte[] decodeKey(String base64) {
        try {
            return Base64.getDecoder().decode(base64.strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("asiointipiste.secret-key is not Base64", e);
        }
    }

    private byte[] keyFromFile() {
        Path file = Path.of(keyFile);
        try {
            if (!Files.exists(file)) {
                createKeyFile(file);
            }
            return decodeKey(Files.readString(file, StandardCharsets.US_ASCII));
        } catch (IOException e) {
            throw new IllegalStateException(
                    "cannot read or create the secret key file " + file.toAbsolutePath()
                            + " (or set ASIOINTIPISTE_SECRET_KEY)",
                    e);
        }
    }

    private static void createKeyFile(Path file) throws IOException {
        byte[] raw = new byte[KEY_BYTES];
        RANDOM.nextBytes(raw);
        if (file.toAbsolutePath().getParent() != null) {
            Files.createDirectories(file.toAbsolutePath().getParent());
        }
        try {
            try {
                Files.createFile(
                        file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            } catch (UnsupportedOperationException notPosix) {
                Files.createFile(file);
            }
            Files.writeString(file, Base64.getEncoder().encodeToString(raw), StandardCharsets.US_ASCII);
            LOG.warning(() -> "Created the secret key file " + file.toAbsolutePath() + " for second-factor secrets;"
                    + " in production set ASIOINTIPISTE_SECRET_KEY instead and keep it apart from database backups");
        } catch (FileAlreadyExistsException anotherNodeWasFirst) {
            // read below
        }
    }
}
