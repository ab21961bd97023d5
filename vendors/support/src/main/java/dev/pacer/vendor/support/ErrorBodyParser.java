package dev.pacer.vendor.support;

/**
 * Turns a vendor's error response body into a typed error. Each vendor module implements one
 * for its documented error format; {@link ApiException} carries the result.
 *
 * @param <E> the vendor's error type
 */
public interface ErrorBodyParser<E> {
  /** A parser that understands no format: every {@link ApiException} has a null {@code error()}. */
  ErrorBodyParser<Object> NONE = new ErrorBodyParser<>() {
    @Override
    public Object parse(int status, String body) {
      return null;
    }

    @Override
    public String message(Object error) {
      return null;
    }
  };

  /**
   * The typed error for a response with {@code status} and {@code body} (possibly empty, never
   * null), or null when the body is not in the vendor's format. Never throws.
   */
  E parse(int status, String body);

  /**
   * A short human-readable message for {@code error}, for exception messages, or null for none.
   * Must not contain credentials.
   */
  String message(E error);
}
