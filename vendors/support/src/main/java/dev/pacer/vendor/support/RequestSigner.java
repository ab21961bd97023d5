package dev.pacer.vendor.support;

import java.io.IOException;
import okhttp3.Request;

/**
 * Computes a credential that must be fresh on every transmission of a request, such as an OAuth
 * 1.0a signature with its own nonce and timestamp. A vendor builder hands one to {@link
 * VendorClientBuilder#buildSignedRuntime}, which runs it as an OkHttp <em>network</em>
 * interceptor: after Pacer has waited for permits (so the timestamp is not stale) and once more
 * for every retry and same-origin redirect, so no two transmissions share a nonce. Only requests
 * to the base URL's origin (scheme, host, port) are signed: nothing is signed for another host.
 * Pacer classifies the request before it is signed, so rules scoped by a header the signer adds
 * do not see it; scope such rules by the application or a path variable.
 *
 * <p>Implementations must be thread-safe, must not change the request's URL, and must never put
 * a secret into an exception message or {@code toString()}.
 */
@FunctionalInterface
public interface RequestSigner {
  /**
   * {@code request} with its credential added, typically an {@code Authorization} header.
   *
   * @throws IOException if the request cannot be signed (its body cannot be read, say)
   */
  Request sign(Request request) throws IOException;
}
