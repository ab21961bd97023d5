package dev.pacer.vendor.support;

import java.util.Objects;

/**
 * A webhook delivery that must not be trusted: its signature is missing, malformed or wrong, its
 * body is larger than the verifier accepts, or (after a good signature) the body is not the
 * vendor's payload. Answer such a delivery with a 4xx status and do not act on it.
 *
 * <p>The message names only the {@link #reason()} and sizes; it never holds the secret, the
 * signature the body should have had, the signature received, or the body, so it is safe to log.
 * Checked on purpose: a verification that is not handled is a hole.
 */
public final class WebhookVerificationException extends Exception {
  private static final long serialVersionUID = 1L;

  /** Why a delivery was refused. */
  public enum Reason {
    /** No signature header, or an empty one. */
    MISSING_SIGNATURE,
    /**
     * A signature that cannot be a signature: a wrong or missing prefix, characters that are not
     * hex digits, an odd number of digits, or a length other than the digest's.
     */
    MALFORMED_SIGNATURE,
    /** A well-formed signature that does not match the body and the secret. */
    SIGNATURE_MISMATCH,
    /** A body longer than the verifier's {@code maxBodyBytes}; it was not read further or signed. */
    BODY_TOO_LARGE,
    /** The signature matched, but the body is not JSON of the vendor's payload shape. */
    MALFORMED_PAYLOAD
  }

  private final Reason reason;

  /** A refusal for {@code reason}, with a message that carries no secret, signature or body. */
  public WebhookVerificationException(Reason reason, String message) {
    super(Objects.requireNonNull(reason, "reason == null") + ": " + Objects.requireNonNull(message, "message == null"));
    this.reason = reason;
  }

  /** Why the delivery was refused. */
  public Reason reason() {
    return reason;
  }
}
