package dev.pacer.intercom.webhook;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.NullNode;
import dev.pacer.intercom.model.Contact;
import dev.pacer.intercom.model.Conversation;
import dev.pacer.vendor.support.HmacSignatureVerifier;
import dev.pacer.vendor.support.VendorJson;
import dev.pacer.vendor.support.WebhookVerificationException;
import dev.pacer.vendor.support.WebhookVerificationException.Reason;
import java.io.IOException;
import java.io.InputStream;
import java.util.Objects;

/**
 * Verifies Intercom webhook deliveries and reads them. Intercom signs each notification with
 * {@value #SIGNATURE_HEADER}{@code : sha1=<hex>}, the hex HMAC-SHA1 of the raw body under the
 * app's <b>client secret</b> (Developer Hub, Basic information); this class checks it in constant
 * time (see {@link HmacSignatureVerifier} for the exact rules) and only then parses the body.
 *
 * <pre>{@code
 * IntercomWebhookVerifier verifier = IntercomWebhookVerifier.create(System.getenv("INTERCOM_CLIENT_SECRET"));
 * byte[] body = verifier.readBody(requestBody);                  // at most 4 MiB by default
 * IntercomNotification n = verifier.read(body, signatureHeader); // throws unless signed by Intercom
 * if (n.conversation() != null) { ... }
 * }</pre>
 *
 * <p>The header value must be {@code sha1=} (lower case, as Intercom sends it) followed by 40 hex
 * digits; a missing header, another prefix or a malformed digest is refused before the body is
 * hashed. A refusal is a {@link WebhookVerificationException}: answer it with 401 or 403 and do
 * not act on the body. The secret never appears in {@link #toString()} or in an exception.
 * Webhook deliveries do not count toward Intercom's rate limit; the API calls you make because
 * of one do. Immutable and thread-safe.
 */
public final class IntercomWebhookVerifier {
  /** The header Intercom signs with. */
  public static final String SIGNATURE_HEADER = "X-Hub-Signature";

  private static final String PREFIX = "sha1=";
  private static final ObjectMapper MAPPER = VendorJson.newMapper();

  private final HmacSignatureVerifier hmac;

  private IntercomWebhookVerifier(HmacSignatureVerifier hmac) {
    this.hmac = hmac;
  }

  /** A verifier for the app whose client secret is {@code clientSecret}. */
  public static IntercomWebhookVerifier create(String clientSecret) {
    return new IntercomWebhookVerifier(HmacSignatureVerifier.hmacSha1(clientSecret));
  }

  /**
   * This verifier with another body limit in bytes (default {@value
   * HmacSignatureVerifier#DEFAULT_MAX_BODY_BYTES}, 4 MiB; a conversation notification carries the
   * whole conversation, so keep it generous).
   */
  public IntercomWebhookVerifier withMaxBodyBytes(int maxBodyBytes) {
    return new IntercomWebhookVerifier(hmac.withMaxBodyBytes(maxBodyBytes));
  }

  /** The largest body accepted, in bytes. */
  public int maxBodyBytes() {
    return hmac.maxBodyBytes();
  }

  /**
   * Reads a delivery's body, refusing one longer than {@link #maxBodyBytes()} after reading at
   * most one byte past it. Does not close {@code in}.
   */
  public byte[] readBody(InputStream in) throws IOException, WebhookVerificationException {
    return hmac.readBody(in);
  }

  /**
   * Returns normally when {@code signatureHeader} ({@value #SIGNATURE_HEADER}, null when absent)
   * is Intercom's signature of {@code body}; throws otherwise.
   */
  public void verify(byte[] body, String signatureHeader) throws WebhookVerificationException {
    Objects.requireNonNull(body, "body == null");
    if (signatureHeader == null || signatureHeader.isBlank()) {
      throw new WebhookVerificationException(Reason.MISSING_SIGNATURE, "no " + SIGNATURE_HEADER + " header");
    }
    String value = signatureHeader.strip();
    if (!value.startsWith(PREFIX)) {
      throw new WebhookVerificationException(Reason.MALFORMED_SIGNATURE,
          SIGNATURE_HEADER + " does not start with " + PREFIX);
    }
    String hex = value.substring(PREFIX.length());
    if (hex.isEmpty()) {
      throw new WebhookVerificationException(Reason.MALFORMED_SIGNATURE, SIGNATURE_HEADER + " has no digest");
    }
    hmac.verify(body, hex);
  }

  /**
   * {@link #verify Verifies} the delivery, then reads it. A body that is signed but not an
   * Intercom notification (not a JSON object of type {@code notification_event}, or an item that
   * does not fit its model) is refused with {@code MALFORMED_PAYLOAD}.
   */
  public IntercomNotification read(byte[] body, String signatureHeader) throws WebhookVerificationException {
    verify(body, signatureHeader);
    return parse(body);
  }

  private static IntercomNotification parse(byte[] body) throws WebhookVerificationException {
    try {
      JsonNode raw = MAPPER.readTree(body);
      if (raw == null || !raw.isObject()) throw malformed("body is not a JSON object");
      NotificationEnvelope envelope = MAPPER.treeToValue(raw, NotificationEnvelope.class);
      if (!"notification_event".equals(envelope.type())) throw malformed("type is not notification_event");
      JsonNode item = envelope.data() == null || envelope.data().item() == null
          ? NullNode.getInstance() : envelope.data().item();
      JsonNode itemType = item.get("type");
      String kind = itemType == null ? "" : itemType.asText("");
      Conversation conversation = kind.equals("conversation") ? MAPPER.treeToValue(item, Conversation.class) : null;
      Contact contact = kind.equals("contact") ? MAPPER.treeToValue(item, Contact.class) : null;
      return new IntercomNotification(envelope.type(), envelope.id(), envelope.topic(), envelope.appId(),
          envelope.createdAt(), item, conversation, contact, raw);
    } catch (IOException | RuntimeException e) {
      throw malformed("not an Intercom notification (" + e.getClass().getSimpleName() + ")");
    }
  }

  private static WebhookVerificationException malformed(String why) {
    return new WebhookVerificationException(Reason.MALFORMED_PAYLOAD, why);
  }

  /** Names the scheme and the body limit; never the secret. */
  @Override
  public String toString() {
    return "IntercomWebhookVerifier{" + SIGNATURE_HEADER + ": sha1, maxBodyBytes=" + hmac.maxBodyBytes() + "}";
  }
}
