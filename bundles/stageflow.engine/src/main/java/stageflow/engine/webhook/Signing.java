package stageflow.engine.webhook;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The Standard Webhooks wire format (E-2): a secret {@code whsec_<base64 of 24 random bytes>}, and for each
 * attempt the headers {@code webhook-id}, {@code webhook-timestamp} (seconds) and {@code webhook-signature}
 * ({@code v1,<base64 HMAC-SHA256 of "<id>.<timestamp>.<body>">}). HMAC from the JDK: no library needed for one MAC.
 */
public final class Signing {
    static final String PREFIX = "whsec_";
    private static final SecureRandom RANDOM = new SecureRandom();

    private Signing() {
    }

    static String newSecret() {
        byte[] key = new byte[24];
        RANDOM.nextBytes(key);
        return PREFIX + Base64.getEncoder().encodeToString(key);
    }

    /** The headers of one attempt, signed at {@code epochSeconds}. */
    static Map<String, String> headers(String secret, String id, long epochSeconds, String body) {
        String signed = id + "." + epochSeconds + "." + body;
        return Map.of("webhook-id", id, "webhook-timestamp", String.valueOf(epochSeconds),
                "webhook-signature", "v1," + hmac(secret, signed), "content-type", "application/json");
    }

    private static String hmac(String secret, String content) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(Base64.getDecoder().decode(secret.substring(PREFIX.length())), "HmacSHA256"));
            return Base64.getEncoder().encodeToString(mac.doFinal(content.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }
}
