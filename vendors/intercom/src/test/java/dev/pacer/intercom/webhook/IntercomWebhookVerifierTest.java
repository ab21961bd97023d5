package dev.pacer.intercom.webhook;

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

final class IntercomWebhookVerifierTest {
  static final String CLIENT_SECRET = "ic-client-secret-5f0c2d";
  static final String PING = "{\"type\":\"notification_event\",\"app_id\":\"abc123\",\"id\":\"notif_1\","
      + "\"topic\":\"ping\",\"created_at\":1392138422,\"data\":{\"type\":\"notification_event_data\","
      + "\"item\":{\"type\":\"ping\",\"message\":\"something something interzen\"}}}";

  private final IntercomWebhookVerifier verifier = IntercomWebhookVerifier.create(CLIENT_SECRET);

  /** {@code sha1=} and the hex HMAC-SHA1 of {@code body}, computed with the JDK alone. */
  static String signature(String secret, byte[] body) throws Exception {
    Mac mac = Mac.getInstance("HmacSHA1");
    mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA1"));
    return "sha1=" + HexFormat.of().formatHex(mac.doFinal(body));
  }

  private static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  private Reason refusal(byte[] body, String header) {
    return assertThrows(WebhookVerificationException.class, () -> verifier.read(body, header)).reason();
  }

  @Test
  void readsANotificationSignedWithTheClientSecret() throws Exception {
    IntercomNotification n = verifier.read(utf8(PING), signature(CLIENT_SECRET, utf8(PING)));
    assertEquals("ping", n.topic());
    assertEquals("notif_1", n.id());
    assertEquals("abc123", n.appId());
    assertEquals("ping", n.itemType());
    assertNull(n.conversation());
    assertNull(n.contact());
  }

  @Test
  void refusesATamperedBody() throws Exception {
    String header = signature(CLIENT_SECRET, utf8(PING));
    assertEquals(Reason.SIGNATURE_MISMATCH, refusal(utf8(PING.replace("ping\",\"message", "pong\",\"message")), header));
  }

  @Test
  void refusesASignatureMadeWithAnotherSecret() throws Exception {
    assertEquals(Reason.SIGNATURE_MISMATCH, refusal(utf8(PING), signature("another-secret", utf8(PING))));
  }

  @Test
  void refusesAMissingOrEmptyHeaderOrAPrefixWithoutDigest() {
    assertEquals(Reason.MISSING_SIGNATURE, refusal(utf8(PING), null));
    assertEquals(Reason.MISSING_SIGNATURE, refusal(utf8(PING), ""));
    assertEquals(Reason.MALFORMED_SIGNATURE, refusal(utf8(PING), "sha1="));
  }

  @Test
  void refusesAnotherPrefixOrNoPrefix() throws Exception {
    String hex = signature(CLIENT_SECRET, utf8(PING)).substring("sha1=".length());
    assertEquals(Reason.MALFORMED_SIGNATURE, refusal(utf8(PING), hex));
    assertEquals(Reason.MALFORMED_SIGNATURE, refusal(utf8(PING), "sha256=" + hex));
    assertEquals(Reason.MALFORMED_SIGNATURE, refusal(utf8(PING), "SHA1=" + hex));
  }

  @Test
  void refusesOddLengthAndNonHexDigestsButAcceptsUpperCaseHex() throws Exception {
    String header = signature(CLIENT_SECRET, utf8(PING));
    assertEquals(Reason.MALFORMED_SIGNATURE, refusal(utf8(PING), header.substring(0, header.length() - 1)));
    assertEquals(Reason.MALFORMED_SIGNATURE, refusal(utf8(PING), header + "a"));
    assertEquals(Reason.MALFORMED_SIGNATURE, refusal(utf8(PING), header.substring(0, header.length() - 2) + "xy"));
    String upper = "sha1=" + header.substring(5).toUpperCase(Locale.ROOT);
    assertEquals("ping", verifier.read(utf8(PING), upper).topic());
  }

  @Test
  void refusesABodyOverTheLimitWhenReadingAndWhenVerifying() throws Exception {
    IntercomWebhookVerifier small = verifier.withMaxBodyBytes(PING.length() - 1);
    WebhookVerificationException e = assertThrows(WebhookVerificationException.class,
        () -> small.readBody(new ByteArrayInputStream(utf8(PING))));
    assertEquals(Reason.BODY_TOO_LARGE, e.reason());
    assertEquals(Reason.BODY_TOO_LARGE, assertThrows(WebhookVerificationException.class,
        () -> small.read(utf8(PING), signature(CLIENT_SECRET, utf8(PING)))).reason());
    assertEquals(PING.length(), verifier.withMaxBodyBytes(PING.length()).readBody(new ByteArrayInputStream(utf8(PING))).length);
  }

  @Test
  void refusesASignedBodyThatIsNotANotification() throws Exception {
    for (String body : new String[] {"", "[]", "\"x\"", "{\"type\":\"conversation\"}", "{\"type\":\"notification_event\""}) {
      assertEquals(Reason.MALFORMED_PAYLOAD, refusal(utf8(body), signature(CLIENT_SECRET, utf8(body))), body);
    }
  }

  @Test
  void neitherToStringNorARefusalRevealsTheSecretOrTheSignature() throws Exception {
    String good = signature(CLIENT_SECRET, utf8(PING));
    assertFalse(verifier.toString().contains(CLIENT_SECRET));
    String message = assertThrows(WebhookVerificationException.class,
        () -> verifier.read(utf8(PING), signature("x", utf8(PING)))).getMessage();
    assertFalse(message.contains(CLIENT_SECRET), message);
    assertFalse(message.contains(good.substring(5, 15)), message);
    assertFalse(message.contains("interzen"), message);
  }
}
