package dev.pacer.vendor.support;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pacer.vendor.support.WebhookVerificationException.Reason;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.Locale;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;

final class HmacSignatureVerifierTest {
  private static final String SECRET = "whsec-0123456789-secret";
  private static final byte[] BODY = "{\"deltas\":[{\"type\":\"message.created\"}]}".getBytes(StandardCharsets.UTF_8);

  /** The expected signature, computed here with the JDK alone and not with the class under test. */
  private static String hex(String algorithm, String secret, byte[] body) throws Exception {
    Mac mac = Mac.getInstance(algorithm);
    mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), algorithm));
    return HexFormat.of().formatHex(mac.doFinal(body));
  }

  private static Reason refusal(HmacSignatureVerifier v, byte[] body, String signature) {
    return assertThrows(WebhookVerificationException.class, () -> v.verify(body, signature)).reason();
  }

  @Test
  void acceptsTheJdksHmacSha256AndHmacSha1OfTheRawBody() throws Exception {
    HmacSignatureVerifier.hmacSha256(SECRET).verify(BODY, hex("HmacSHA256", SECRET, BODY));
    HmacSignatureVerifier.hmacSha1(SECRET).verify(BODY, hex("HmacSHA1", SECRET, BODY));
    assertTrue(HmacSignatureVerifier.hmacSha256(SECRET).matches(BODY, hex("HmacSHA256", SECRET, BODY)));
  }

  @Test
  void acceptsTheRfc4231TestVector() throws Exception {
    // RFC 4231 test case 2: key "Jefe", data "what do ya want for nothing?".
    HmacSignatureVerifier.hmacSha256("Jefe").verify("what do ya want for nothing?".getBytes(StandardCharsets.US_ASCII),
        "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843");
  }

  @Test
  void refusesATamperedBody() throws Exception {
    String signature = hex("HmacSHA256", SECRET, BODY);
    byte[] tampered = BODY.clone();
    tampered[tampered.length - 3] ^= 1;
    assertEquals(Reason.SIGNATURE_MISMATCH, refusal(HmacSignatureVerifier.hmacSha256(SECRET), tampered, signature));
    byte[] longer = (new String(BODY, StandardCharsets.UTF_8) + " ").getBytes(StandardCharsets.UTF_8);
    assertEquals(Reason.SIGNATURE_MISMATCH, refusal(HmacSignatureVerifier.hmacSha256(SECRET), longer, signature));
  }

  @Test
  void refusesASignatureMadeWithAnotherSecret() throws Exception {
    String other = hex("HmacSHA256", SECRET + "x", BODY);
    assertEquals(Reason.SIGNATURE_MISMATCH, refusal(HmacSignatureVerifier.hmacSha256(SECRET), BODY, other));
    assertFalse(HmacSignatureVerifier.hmacSha256(SECRET).matches(BODY, other));
  }

  @Test
  void refusesASignatureOfTheOtherAlgorithm() throws Exception {
    assertEquals(Reason.MALFORMED_SIGNATURE,
        refusal(HmacSignatureVerifier.hmacSha256(SECRET), BODY, hex("HmacSHA1", SECRET, BODY)));
    assertEquals(Reason.MALFORMED_SIGNATURE,
        refusal(HmacSignatureVerifier.hmacSha1(SECRET), BODY, hex("HmacSHA256", SECRET, BODY)));
  }

  @Test
  void refusesAMissingOrEmptySignature() {
    HmacSignatureVerifier v = HmacSignatureVerifier.hmacSha256(SECRET);
    assertEquals(Reason.MISSING_SIGNATURE, refusal(v, BODY, null));
    assertEquals(Reason.MISSING_SIGNATURE, refusal(v, BODY, ""));
    assertEquals(Reason.MISSING_SIGNATURE, refusal(v, BODY, "   "));
  }

  @Test
  void refusesOddLengthWrongLengthAndNonHexSignatures() throws Exception {
    HmacSignatureVerifier v = HmacSignatureVerifier.hmacSha256(SECRET);
    String good = hex("HmacSHA256", SECRET, BODY);
    assertEquals(Reason.MALFORMED_SIGNATURE, refusal(v, BODY, good.substring(1)));        // 63 digits
    assertEquals(Reason.MALFORMED_SIGNATURE, refusal(v, BODY, good + "0"));               // 65 digits
    assertEquals(Reason.MALFORMED_SIGNATURE, refusal(v, BODY, good.substring(2)));        // 62 digits
    assertEquals(Reason.MALFORMED_SIGNATURE, refusal(v, BODY, "zz" + good.substring(2)));
    assertEquals(Reason.MALFORMED_SIGNATURE, refusal(v, BODY, "sha256=" + good));
    // Full-width digits are digits to Character.digit, but not hex digits on the wire.
    assertEquals(Reason.MALFORMED_SIGNATURE, refusal(v, BODY, "\uFF10\uFF10" + good.substring(2)));
  }

  @Test
  void acceptsUpperCaseHexAndSurroundingWhitespace() throws Exception {
    HmacSignatureVerifier v = HmacSignatureVerifier.hmacSha256(SECRET);
    String good = hex("HmacSHA256", SECRET, BODY);
    v.verify(BODY, good.toUpperCase(Locale.ROOT));
    v.verify(BODY, " " + good + "\t");
  }

  @Test
  void anEmptyBodyIsSignedLikeAnyOther() throws Exception {
    HmacSignatureVerifier v = HmacSignatureVerifier.hmacSha1(SECRET);
    v.verify(new byte[0], hex("HmacSHA1", SECRET, new byte[0]));
    assertEquals(Reason.SIGNATURE_MISMATCH, refusal(v, new byte[0], hex("HmacSHA1", SECRET, BODY)));
  }

  @Test
  void refusesABodyOverTheLimitBeforeHashingIt() throws Exception {
    HmacSignatureVerifier v = HmacSignatureVerifier.hmacSha256(SECRET).withMaxBodyBytes(16);
    byte[] body17 = new byte[17];
    assertEquals(Reason.BODY_TOO_LARGE, refusal(v, body17, hex("HmacSHA256", SECRET, body17)));
    byte[] body16 = new byte[16];
    v.verify(body16, hex("HmacSHA256", SECRET, body16));
    assertEquals(HmacSignatureVerifier.DEFAULT_MAX_BODY_BYTES, HmacSignatureVerifier.hmacSha1(SECRET).maxBodyBytes());
    assertThrows(IllegalArgumentException.class, () -> v.withMaxBodyBytes(0));
  }

  @Test
  void readBodyStopsOneBytePastTheLimitOfAnEndlessStream() throws Exception {
    HmacSignatureVerifier v = HmacSignatureVerifier.hmacSha256(SECRET).withMaxBodyBytes(100_000);
    long[] served = {0};
    InputStream endless = new InputStream() {
      @Override
      public int read() {
        served[0]++;
        return 'x';
      }

      @Override
      public int read(byte[] b, int off, int len) {
        java.util.Arrays.fill(b, off, off + len, (byte) 'x');
        served[0] += len;
        return len;
      }
    };
    WebhookVerificationException e = assertThrows(WebhookVerificationException.class, () -> v.readBody(endless));
    assertEquals(Reason.BODY_TOO_LARGE, e.reason());
    assertEquals(100_001, served[0]);
    assertArrayEquals(BODY, v.readBody(new ByteArrayInputStream(BODY)));
    byte[] exactly = new byte[100_000];
    assertEquals(100_000, v.readBody(new ByteArrayInputStream(exactly)).length);
  }

  @Test
  void neitherToStringNorAnyRefusalRevealsTheSecretOrTheSignatures() throws Exception {
    HmacSignatureVerifier v = HmacSignatureVerifier.hmacSha256(SECRET);
    String good = hex("HmacSHA256", SECRET, BODY);
    String wrong = hex("HmacSHA256", "other", BODY);
    assertFalse(v.toString().contains(SECRET), v.toString());
    for (String sent : new String[] {null, "", wrong, wrong.substring(1), "q" + wrong.substring(1)}) {
      String message = assertThrows(WebhookVerificationException.class, () -> v.verify(BODY, sent)).getMessage();
      assertFalse(message.contains(SECRET), message);
      assertFalse(message.contains(good), message);
      assertFalse(message.contains(good.substring(0, 8)), message);
      if (sent != null && sent.length() > 8) assertFalse(message.contains(sent.substring(0, 8)), message);
      assertFalse(message.contains("deltas"), message);
    }
  }

  @Test
  void anEmptySecretIsRefusedWhenTheVerifierIsMade() {
    assertThrows(IllegalArgumentException.class, () -> HmacSignatureVerifier.hmacSha256(""));
    assertThrows(NullPointerException.class, () -> HmacSignatureVerifier.hmacSha1(null));
  }
}
