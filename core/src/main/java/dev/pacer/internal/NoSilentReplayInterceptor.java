package dev.pacer.internal;

import java.io.IOException;
import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.Response;

/**
 * A network interceptor that keeps OkHttp's own follow-up logic, which reads {@code Retry-After}
 * on {@code 503} and {@code 408} responses, from doing harm. Calls {@code proceed()} exactly once.
 *
 * <ul>
 *   <li>On {@code 503 Retry-After: 0} OkHttp re-sends the request by itself, whatever its
 *       method. For a request that is not safe to replay the header is renamed to {@code
 *       Pacer-Suppressed-Retry-After}, so nothing is lost and nothing is sent twice.
 *   <li>OkHttp reads an all-digit {@code Retry-After} with {@code Integer.valueOf}, which throws
 *       {@link NumberFormatException} (crashing the call) for values beyond {@code 2^31 - 1}
 *       seconds. Such a value is rewritten with a {@code .0} fraction: the same number of
 *       seconds to Pacer's header reader, and no follow-up to OkHttp.
 * </ul>
 */
public final class NoSilentReplayInterceptor implements Interceptor {
  private static final String RETRY_AFTER = "Retry-After";

  private final Engine engine;

  public NoSilentReplayInterceptor(Engine engine) {
    this.engine = engine;
  }

  @Override
  public Response intercept(Chain chain) throws IOException {
    Request request = chain.request();
    Response response = chain.proceed(request);
    int code = response.code();
    if (code != 503 && code != 408) return response;
    // OkHttp reads the last value of the header, and so does this.
    String retryAfter = response.header(RETRY_AFTER);
    if (retryAfter == null || !isDigits(retryAfter)) return response;
    if (!fitsInInt(retryAfter)) {
      return response.newBuilder().header(RETRY_AFTER, retryAfter + ".0").build();
    }
    if (code != 503 || !isZero(retryAfter)) return response;
    if (RetryLogic.isReplayable(request, engine.policy().idempotencyKeyHeader())) return response;
    return response.newBuilder()
        .removeHeader(RETRY_AFTER)
        .header("Pacer-Suppressed-Retry-After", retryAfter)
        .build();
  }

  private static boolean isDigits(String s) {
    if (s.isEmpty()) return false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c < '0' || c > '9') return false;
    }
    return true;
  }

  private static boolean isZero(String digits) {
    for (int i = 0; i < digits.length(); i++) {
      if (digits.charAt(i) != '0') return false;
    }
    return true;
  }

  /** True when OkHttp's {@code Integer.valueOf} reads {@code digits} without throwing. */
  private static boolean fitsInInt(String digits) {
    int start = 0;
    while (start < digits.length() - 1 && digits.charAt(start) == '0') start++;
    String significant = digits.substring(start);
    if (significant.length() != 10) return significant.length() < 10;
    return significant.compareTo(Integer.toString(Integer.MAX_VALUE)) <= 0;
  }
}
