package dev.pacer;

import java.time.Duration;

/**
 * The {@linkplain dev.pacer.store.BucketStore bucket store} could not decide whether the call may
 * go (a shared store that cannot be reached and is configured to fail closed, or a store that
 * failed), so the call failed without being sent; nothing was booked for it. The cause is the
 * store's own exception (for a store that fails closed, a
 * {@link dev.pacer.store.StoreUnavailableException}). The message names the store's reason, never
 * a credential.
 */
public final class BucketStoreUnavailableException extends PacerException {
  private static final long serialVersionUID = 1L;

  /** Creates the exception for {@code endpoint}, caused by the store's {@code failure}. */
  public BucketStoreUnavailableException(String endpoint, RuntimeException failure) {
    super("the bucket store could not decide (" + failure.getMessage() + "); " + endpoint + " was not sent",
        endpoint, Duration.ZERO);
    initCause(failure);
  }
}
