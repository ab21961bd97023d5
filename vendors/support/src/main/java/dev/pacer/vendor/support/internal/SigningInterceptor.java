package dev.pacer.vendor.support.internal;

import dev.pacer.vendor.support.RequestSigner;
import java.io.IOException;
import java.util.Objects;
import okhttp3.HttpUrl;
import okhttp3.Interceptor;
import okhttp3.Response;

/**
 * Runs a {@link RequestSigner} as a network interceptor, so each transmission is signed afresh.
 * A signer's unchecked failure becomes an {@link IOException}, because anything else thrown from
 * an interceptor cancels the call. Only requests to the base URL's origin (scheme, host, port)
 * are signed: a request for any other origin goes out unsigned, so a signature (and the key and
 * token ids in it) never reaches another host. Internal.
 */
public final class SigningInterceptor implements Interceptor {
  private final RequestSigner signer;
  private final HttpUrl origin;

  /** Signs with {@code signer} every request to the origin of {@code baseUrl}. */
  public SigningInterceptor(RequestSigner signer, HttpUrl baseUrl) {
    this.signer = Objects.requireNonNull(signer, "signer == null");
    this.origin = Objects.requireNonNull(baseUrl, "baseUrl == null");
  }

  @Override
  public Response intercept(Chain chain) throws IOException {
    if (!OriginGuard.sameOrigin(chain.request().url(), origin)) return chain.proceed(chain.request());
    okhttp3.Request signed;
    try {
      signed = signer.sign(chain.request());
    } catch (RuntimeException e) {
      throw new IOException("could not sign the request: " + e.getClass().getName(), e);
    }
    if (signed == null) throw new IOException("signer " + signer.getClass().getName() + " returned null");
    return chain.proceed(signed);
  }

  @Override
  public String toString() {
    return "SigningInterceptor{" + signer + "}";
  }
}
