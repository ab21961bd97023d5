package dev.pacer.vendor.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pacer.time.ManualClock;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import okhttp3.FormBody;
import okhttp3.MediaType;
import okhttp3.Request;
import okhttp3.RequestBody;
import org.junit.jupiter.api.Test;

/**
 * The signer against the published examples of OAuth Core 1.0a (Appendix A) and RFC 5849, and a
 * two-legged form-body case whose expected base string is written out here by the spec's rules
 * (its signature was computed independently, with {@code openssl dgst -sha1 -hmac}).
 */
final class OAuth1SignerTest {
  private static final String SECRET = "cs/secret+1";

  /** OAuth Core 1.0a, Appendix A.5: GET photos with a token; signature tR3+Ty81lMeYAr/Fid0kMTYa/WM=. */
  @Test
  void reproducesTheOAuthCore10aAppendixSignature() throws IOException {
    OAuth1Signer signer = OAuth1Signer.builder("dpf43f3p2l4k3l03", "kd94hf93k423kf44")
        .token("nnch734d00sl2jdk", "pfkkdhi9sl3r4s00")
        .build();
    Request request = new Request.Builder().url("http://photos.example.net/photos?file=vacation.jpg&size=original").build();

    String header = signer.authorization(request, "kllo9940pd9333jh", 1191242096L);

    assertEquals("OAuth oauth_consumer_key=\"dpf43f3p2l4k3l03\", oauth_nonce=\"kllo9940pd9333jh\", "
        + "oauth_signature=\"tR3%2BTy81lMeYAr%2FFid0kMTYa%2FWM%3D\", oauth_signature_method=\"HMAC-SHA1\", "
        + "oauth_timestamp=\"1191242096\", oauth_token=\"nnch734d00sl2jdk\", oauth_version=\"1.0\"", header);
  }

  /** RFC 5849 section 1.2: the same resource, without oauth_version; signature MdpQcU8iPSUjWoN/UDMsK2sui9I=. */
  @Test
  void reproducesTheRfc5849IntroductionSignature() throws IOException {
    OAuth1Signer signer = OAuth1Signer.builder("dpf43f3p2l4k3l03", "kd94hf93k423kf44")
        .token("nnch734d00sl2jdk", "pfkkdhi9sl3r4s00")
        .build();
    Request request = new Request.Builder().url("http://photos.example.net/photos?file=vacation.jpg&size=original").build();
    Map<String, String> oauth = new TreeMap<>(Map.of(
        "oauth_consumer_key", "dpf43f3p2l4k3l03",
        "oauth_token", "nnch734d00sl2jdk",
        "oauth_signature_method", "HMAC-SHA1",
        "oauth_timestamp", "137131202",
        "oauth_nonce", "chapoH"));

    assertEquals("MdpQcU8iPSUjWoN/UDMsK2sui9I=", signer.signature(OAuth1Signer.baseString(request, oauth)));
  }

  /** RFC 5849 section 3.4.1.1: query and form parameters, encoded names, empty values, a repeated name. */
  @Test
  void buildsTheRfc5849SignatureBaseString() throws IOException {
    Request request = new Request.Builder()
        .url("http://example.com/request?b5=%3D%253D&a3=a&c%40=&a2=r%20b")
        .post(new FormBody.Builder().add("c2", "").add("a3", "2 q").build())
        .build();
    Map<String, String> oauth = new TreeMap<>(Map.of(
        "oauth_consumer_key", "9djdj82h48djs9d2",
        "oauth_token", "kkk9d7dh3k39sjv7",
        "oauth_signature_method", "HMAC-SHA1",
        "oauth_timestamp", "137131201",
        "oauth_nonce", "7d8f3e4a"));

    assertEquals("POST&http%3A%2F%2Fexample.com%2Frequest&a2%3Dr%2520b%26a3%3D2%2520q%26a3%3Da%26b5%3D%253D%25253D%26"
        + "c%2540%3D%26c2%3D%26oauth_consumer_key%3D9djdj82h48djs9d2%26oauth_nonce%3D7d8f3e4a%26"
        + "oauth_signature_method%3DHMAC-SHA1%26oauth_timestamp%3D137131201%26oauth_token%3Dkkk9d7dh3k39sjv7",
        OAuth1Signer.baseString(request, oauth));
  }

  private static final String TWO_LEGGED_BASE = "POST&https%3A%2F%2Fapi.context.io%2Flite%2Fusers%2F5f0a%2Fwebhooks&"
      + "callback_url%3Dhttps%253A%252F%252Fapp.example%252Fcb%253Fx%253D1%2520y%26delimiter%3D%252F%26"
      + "filter_subject%3DCaf%25C3%25A9%2520%2526%2520co%26oauth_consumer_key%3Dck_test_1%26oauth_nonce%3D4f2a9c1d%26"
      + "oauth_signature_method%3DHMAC-SHA1%26oauth_timestamp%3D1700000000%26oauth_version%3D1.0";

  /** Two-legged: the key is the encoded consumer secret and '&'; form values with UTF-8, '&' and spaces. */
  @Test
  void signsATwoLeggedFormPostByTheSpec() throws IOException {
    OAuth1Signer signer = OAuth1Signer.builder("ck_test_1", SECRET).build();
    Request request = new Request.Builder()
        .url("https://API.Context.IO:443/lite/users/5f0a/webhooks?delimiter=%2F")
        .post(new FormBody.Builder().add("filter_subject", "Café & co").add("callback_url", "https://app.example/cb?x=1 y").build())
        .build();

    assertEquals(TWO_LEGGED_BASE, OAuth1Signer.baseString(request, signer.oauthParameters("4f2a9c1d", 1_700_000_000L)));
    String header = signer.authorization(request, "4f2a9c1d", 1_700_000_000L);
    assertTrue(header.contains("oauth_signature=\"HDFOqfq9ym7q829Y4IabrUBTh4Q%3D\""), header);
    assertFalse(header.contains("oauth_token"), header);
  }

  @Test
  void aFormBodyOfAnotherTypeIsReadAndSignedTheSameWay() throws IOException {
    OAuth1Signer signer = OAuth1Signer.builder("ck_test_1", SECRET).build();
    Request request = new Request.Builder()
        .url("https://api.context.io/lite/users/5f0a/webhooks?delimiter=%2F")
        .post(RequestBody.create("filter_subject=Caf%C3%A9+%26+co&callback_url=https%3A%2F%2Fapp.example%2Fcb%3Fx%3D1+y",
            MediaType.get("application/x-www-form-urlencoded; charset=utf-8")))
        .build();

    assertEquals(TWO_LEGGED_BASE, OAuth1Signer.baseString(request, signer.oauthParameters("4f2a9c1d", 1_700_000_000L)));
  }

  @Test
  void aJsonBodyStaysOutOfTheBaseString() throws IOException {
    Request request = new Request.Builder()
        .url("https://api.example.com/x")
        .post(RequestBody.create("{\"a\":1}", MediaType.get("application/json")))
        .build();

    assertEquals("POST&https%3A%2F%2Fapi.example.com%2Fx&k%3Dv", OAuth1Signer.baseString(request, Map.of("k", "v")));
  }

  @Test
  void eachSignatureHasAFreshNonceAndTheClocksTimestamp() throws IOException {
    ManualClock clock = new ManualClock(Instant.ofEpochSecond(1_700_000_000L));
    OAuth1Signer signer = OAuth1Signer.builder("ck", SECRET).clock(clock).random(new Random(42)).build();
    Request request = new Request.Builder().url("https://api.context.io/lite/users").build();

    String first = signer.sign(request).header("Authorization");
    clock.advance(Duration.ofSeconds(5));
    String second = signer.sign(request).header("Authorization");

    assertTrue(first.contains("oauth_timestamp=\"1700000000\""), first);
    assertTrue(second.contains("oauth_timestamp=\"1700000005\""), second);
    assertNotEquals(nonce(first), nonce(second));
    assertTrue(nonce(first).matches("[0-9a-f]{32}"), first);
  }

  @Test
  void secretsAppearInNoStringAndNoMessage() {
    OAuth1Signer.Builder builder = OAuth1Signer.builder("ck", SECRET).token("tok", "token-secret-9");
    OAuth1Signer signer = builder.build();
    for (String s : new String[] {signer.toString(), builder.toString()}) {
      assertFalse(s.contains(SECRET), s);
      assertFalse(s.contains("token-secret-9"), s);
    }
    IOException e = assertThrows(IOException.class, () -> signer.sign(new Request.Builder()
        .url("https://api.example.com/x")
        .post(new OneShotForm())
        .build()));
    assertFalse(e.getMessage().contains(SECRET), e.getMessage());
  }

  @Test
  void rejectsBlankCredentials() {
    assertThrows(IllegalArgumentException.class, () -> OAuth1Signer.builder(" ", SECRET));
    assertThrows(IllegalArgumentException.class, () -> OAuth1Signer.builder("ck", ""));
    assertThrows(NullPointerException.class, () -> OAuth1Signer.builder("ck", null));
    assertThrows(IllegalArgumentException.class, () -> OAuth1Signer.builder("ck", SECRET).token("t", " "));
  }

  @Test
  void encodesPerRfc5849() {
    assertEquals("Ladies%20%2B%20Gentlemen", OAuth1Signer.encode("Ladies + Gentlemen"));
    assertEquals("An%20encoded%20string%21", OAuth1Signer.encode("An encoded string!"));
    assertEquals("Dogs%2C%20Cats%20%26%20Mice", OAuth1Signer.encode("Dogs, Cats & Mice"));
    assertEquals("%E2%98%83-._~", OAuth1Signer.encode("☃-._~"));
  }

  private static String nonce(String header) {
    int at = header.indexOf("oauth_nonce=\"") + "oauth_nonce=\"".length();
    return header.substring(at, header.indexOf('"', at));
  }

  /** A form body that can be written only once, so it cannot be read for the signature. */
  private static final class OneShotForm extends RequestBody {
    @Override
    public MediaType contentType() {
      return MediaType.get("application/x-www-form-urlencoded");
    }

    @Override
    public boolean isOneShot() {
      return true;
    }

    @Override
    public void writeTo(okio.BufferedSink sink) throws IOException {
      sink.writeUtf8("a=1");
    }
  }
}
