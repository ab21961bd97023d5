package dev.pacer.koreccai.internal;

import dev.pacer.time.PacerClock;
import dev.pacer.vendor.support.RequestPreparingInterceptor;
import dev.pacer.vendor.support.RequestSigner;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import okhttp3.Request;

/**
 * Kore.ai's credentials, in two steps. {@link #prepare} adds the client's {@code accountId} header
 * to the request Pacer classifies (Kore's limit is per account, and the account id is also part
 * of many paths, so it is not a secret). {@link #sign} adds the {@code auth} header, an HS256 JWT
 * with claims {@code sub}, {@code appId}, {@code iat} and {@code exp} signed with the app's client
 * secret, to each transmission: the client runs it as a network interceptor for the base URL's
 * origin only, so the live token is never on the request an application sees (nor in its {@code
 * toString()}) and never travels to another host. The token is cached and signed anew once less
 * than a fifth of its lifetime is left, by the wall time of the injected clock. Neither the
 * secret nor a token ever appears in {@link #toString()}. Thread-safe. Internal.
 */
public final class KoreAuth implements RequestPreparingInterceptor, RequestSigner {
  /** Kore's JWT header name. */
  public static final String AUTH_HEADER = "auth";
  /** The account header most CCAI endpoints require. */
  public static final String ACCOUNT_HEADER = "accountId";

  private final Hs256Jwt signer;
  private final String appId;
  private final String subject;
  private final String accountId;
  private final long lifetimeSeconds;
  private final PacerClock clock;

  private Token token; // guarded by this

  private record Token(String value, long refreshAtMillis) {}

  public KoreAuth(Hs256Jwt signer, String appId, String subject, String accountId, Duration lifetime,
      PacerClock clock) {
    this.signer = Objects.requireNonNull(signer, "signer == null");
    this.appId = Objects.requireNonNull(appId, "appId == null");
    this.subject = Objects.requireNonNull(subject, "subject == null");
    this.accountId = Objects.requireNonNull(accountId, "accountId == null");
    Objects.requireNonNull(lifetime, "lifetime == null");
    if (lifetime.getSeconds() < 5) throw new IllegalArgumentException("token lifetime < 5 s: " + lifetime);
    this.lifetimeSeconds = lifetime.getSeconds();
    this.clock = Objects.requireNonNull(clock, "clock == null");
  }

  /** {@code request} with the {@code accountId} header; the JWT is added by {@link #sign}. */
  @Override
  public Request prepare(Request request) {
    if (accountId.equals(request.header(ACCOUNT_HEADER))) return request;
    return request.newBuilder().header(ACCOUNT_HEADER, accountId).build();
  }

  /** {@code request} with the {@code auth} JWT, for one transmission. */
  @Override
  public Request sign(Request request) {
    return request.newBuilder().header(AUTH_HEADER, token()).build();
  }

  /** The current token, signed anew when it is close to expiry. */
  synchronized String token() {
    long now = clock.wallMillis();
    if (token == null || now >= token.refreshAtMillis()) {
      long iat = Math.floorDiv(now, 1000L);
      long exp = iat + lifetimeSeconds;
      Map<String, Object> claims = new LinkedHashMap<>();
      claims.put("sub", subject);
      claims.put("appId", appId);
      claims.put("iat", iat);
      claims.put("exp", exp);
      long refreshAt = (exp - lifetimeSeconds / 5) * 1000L;
      token = new Token(signer.sign(claims), refreshAt);
    }
    return token.value();
  }

  @Override
  public String toString() {
    return "KoreAuth{auth: JWT ██, accountId}";
  }
}
