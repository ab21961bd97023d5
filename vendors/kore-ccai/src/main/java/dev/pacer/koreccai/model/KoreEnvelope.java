package dev.pacer.koreccai.model;

/**
 * The envelope the campaign APIs answer with: {@code {status, message, data}}.
 *
 * @param status {@code success} or {@code failure}
 * @param message Kore's message, if any
 * @param data the payload
 * @param <T> the payload type
 */
public record KoreEnvelope<T>(String status, String message, T data) {
  /** True when {@code status} is {@code success}. */
  public boolean isSuccess() {
    return "success".equalsIgnoreCase(status);
  }
}
