package dev.pacer.store;

/**
 * A shared {@link BucketStore} could not decide within its deadline and is configured to fail
 * closed rather than decide from a local fallback: the call fails without being sent. Unchecked,
 * because {@link BucketStore#reserve} and {@link BucketStore#confirm} declare no checked exception
 * (the engine fails the call without sending it, with a
 * {@link dev.pacer.BucketStoreUnavailableException} whose cause this is). The message names the store and the reason
 * (a short fixed phrase), never a password or a credential.
 *
 * <p>It is not a {@link dev.pacer.PacerException}: those are checked {@code IOException}s made
 * by the engine, while this one comes from inside a store operation.
 */
public final class StoreUnavailableException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final String store;
  private final String reason;

  /**
   * Creates the exception.
   *
   * @param store the store's name, such as {@code redis 127.0.0.1:6379} (no password)
   * @param reason a short fixed phrase, such as {@code "timeout"} or {@code "disconnected"}
   */
  public StoreUnavailableException(String store, String reason) {
    super("bucket store " + store + " unavailable (" + reason + ") and configured to fail closed: the call was not sent");
    this.store = store;
    this.reason = reason;
  }

  /** The store's name. */
  public String store() {
    return store;
  }

  /** Why the store could not decide. */
  public String reason() {
    return reason;
  }
}
