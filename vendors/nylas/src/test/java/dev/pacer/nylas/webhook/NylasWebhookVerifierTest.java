package dev.pacer.nylas.webhook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.pacer.vendor.support.WebhookVerificationException;
import dev.pacer.vendor.support.WebhookVerificationException.Reason;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.Locale;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;

final class NylasWebhookVerifierTest {
  static final String CLIENT_SECRET = "nylas-client-secret-9a7e41";
  static final String MESSAGE_CREATED = "{\"deltas\":[{\"date\":1602623196,\"object\":\"message\","
      + "\"type\":\"message.created\",\"object_data\":{\"namespace_id\":\"aaz875kwuvxik6ku7pwkqp3ah\","
      + "\"account_id\":\"aaz875kwuvxik6ku7pwkqp3ah\",\"object\":\"message\",\"attributes\":"
      + "{\"thread_id\":\"2u152dt4tnq9j61j8seg26ni6\",\"received_date\":1602623166},"
      + "\"id\":\"93mgpjynqqu5fohl2dvv6ray7\",\"metadata\":null}}]}";

  private final NylasWebhookVerifier verifier = NylasWebhookVerifier.create(CLIENT_SECRET);

  /** The hex HMAC-SHA256 of {@code body}, computed with the JDK alone. */
  static String signature(String secret, String body) throws Exception {
    Mac mac = Mac.getInstance("HmacSHA256");
    mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
    return HexFormat.of().formatHex(mac.doFinal(body.getBytes(StandardCharsets.UTF_8)));
  }

  private Reason refusal(String body, String header) {
    return assertThrows(WebhookVerificationException.class,
        () -> verifier.read(body.getBytes(StandardCharsets.UTF_8), header)).reason();
  }

  @Test
  void readsADeliverySignedWithTheClientSecret() throws Exception {
    NylasNotification n = verifier.read(MESSAGE_CREATED.getBytes(StandardCharsets.UTF_8),
        signature(CLIENT_SECRET, MESSAGE_CREATED));
    assertEquals("message.created", n.deltas().get(0).type());
    assertEquals("93mgpjynqqu5fohl2dvv6ray7", n.deltas().get(0).objectData().id());
  }

  @Test
  void refusesATamperedBodyAndASignatureMadeWithAnotherSecret() throws Exception {
    String signature = signature(CLIENT_SECRET, MESSAGE_CREATED);
    assertEquals(Reason.SIGNATURE_MISMATCH, refusal(MESSAGE_CREATED.replace("1602623196", "1602623197"), signature));
    assertEquals(Reason.SIGNATURE_MISMATCH, refusal(MESSAGE_CREATED, signature("client-secret-of-another-app", MESSAGE_CREATED)));
  }

  @Test
  void refusesAMissingEmptyOrMalformedSignature() throws Exception {
    String good = signature(CLIENT_SECRET, MESSAGE_CREATED);
    assertEquals(Reason.MISSING_SIGNATURE, refusal(MESSAGE_CREATED, null));
    assertEquals(Reason.MISSING_SIGNATURE, refusal(MESSAGE_CREATED, ""));
    assertEquals(Reason.MALFORMED_SIGNATURE, refusal(MESSAGE_CREATED, good.substring(1)));          // odd length
    assertEquals(Reason.MALFORMED_SIGNATURE, refusal(MESSAGE_CREATED, "sha256=" + good));           // a prefix Nylas never sends
    assertEquals(Reason.MALFORMED_SIGNATURE, refusal(MESSAGE_CREATED, good.substring(0, 62) + "g0"));
    assertEquals(Reason.MALFORMED_SIGNATURE, refusal(MESSAGE_CREATED, good.substring(24)));         // a SHA-1 length
  }

  @Test
  void acceptsUpperCaseHex() throws Exception {
    String upper = signature(CLIENT_SECRET, MESSAGE_CREATED).toUpperCase(Locale.ROOT);
    assertEquals(1, verifier.read(MESSAGE_CREATED.getBytes(StandardCharsets.UTF_8), upper).deltas().size());
  }

  @Test
  void refusesABodyOverTheLimit() throws Exception {
    NylasWebhookVerifier small = verifier.withMaxBodyBytes(64);
    assertEquals(64, small.maxBodyBytes());
    assertEquals(Reason.BODY_TOO_LARGE, assertThrows(WebhookVerificationException.class,
        () -> small.readBody(new ByteArrayInputStream(MESSAGE_CREATED.getBytes(StandardCharsets.UTF_8)))).reason());
    assertEquals(Reason.BODY_TOO_LARGE, assertThrows(WebhookVerificationException.class,
        () -> small.verify(MESSAGE_CREATED.getBytes(StandardCharsets.UTF_8), signature(CLIENT_SECRET, MESSAGE_CREATED))).reason());
  }

  @Test
  void refusesASignedBodyThatIsNotADeltaBatch() throws Exception {
    for (String body : new String[] {"", "null", "[]", "{}", "{\"deltas\":{}}", "{\"deltas\":[1]}",
        "{\"deltas\":[{\"date\":\"yesterday\"}]}"}) {
      assertEquals(Reason.MALFORMED_PAYLOAD, refusal(body, signature(CLIENT_SECRET, body)), body);
    }
  }

  @Test
  void answersTheChallengeFromTheRawQuery() {
    assertEquals("a1b2c3", NylasWebhookVerifier.challenge("challenge=a1b2c3"));
    assertEquals("a b/c", NylasWebhookVerifier.challenge("x=1&challenge=a%20b%2Fc&y=2"));
    assertNull(NylasWebhookVerifier.challenge(null));
    assertNull(NylasWebhookVerifier.challenge(""));
    assertNull(NylasWebhookVerifier.challenge("challenge="));
    assertNull(NylasWebhookVerifier.challenge("challenge"));
    assertNull(NylasWebhookVerifier.challenge("notchallenge=x"));
    assertNull(NylasWebhookVerifier.challenge("challenge=%zz"));
    assertNull(NylasWebhookVerifier.challenge("challenge=a%0D%0ASet-Cookie:x"));
    assertEquals("x".repeat(1024), NylasWebhookVerifier.challenge("challenge=" + "x".repeat(1024)));
    assertNull(NylasWebhookVerifier.challenge("challenge=" + "x".repeat(1025)));
  }

  @Test
  void neitherToStringNorARefusalRevealsTheSecretOrTheSignature() throws Exception {
    String good = signature(CLIENT_SECRET, MESSAGE_CREATED);
    assertFalse(verifier.toString().contains(CLIENT_SECRET));
    String message = assertThrows(WebhookVerificationException.class, () -> verifier.verify(
        MESSAGE_CREATED.getBytes(StandardCharsets.UTF_8), signature("x", MESSAGE_CREATED))).getMessage();
    assertFalse(message.contains(CLIENT_SECRET), message);
    assertFalse(message.contains(good.substring(0, 10)), message);
    assertFalse(message.contains("93mgpjynqqu5fohl2dvv6ray7"), message);
  }
}
