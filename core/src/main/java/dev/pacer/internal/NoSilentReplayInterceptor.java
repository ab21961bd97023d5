package dev.pacer.internal;

import java.io.IOException;
import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.Response;

/**
 * A network interceptor that keeps OkHttp's own follow-up logic, which reads {@code Retry-After}
 * on {@code 503} and {@code 408} responses, from sending a request again behind Pacer's back:
 * Pacer owns every retry (it counts attempts, paces them, and never replays what is not safe to
 * replay). Calls {@code proceed()} exactly once.
 *
 * <ul>
 *   <li>On {@code 503 Retry-After: 0}, and on a {@code 408} without a positive {@code
 *       Retry-After}, OkHttp re-sends the request by itself, whatever its method. Pacer rewrites
 *       the header to {@code Retry-After: 0.0}: the same "now" to Pacer's header reader and to
 *       any HTTP reader, and no follow-up to OkHttp, which acts only on whole numbers. The value
 *       the server sent is kept in {@code Pacer-Suppressed-Retry-After} ({@code none} when it
 *       sent none). Pacer's own retry rules then decide, as for any 503 or 408.
 *   <li>OkHttp reads an all-digit {@code Retry-After} with {@code Integer.valueOf}, which throws
 *       {@link NumberFormatException} (crashing the call) for values beyond {@code 2^31 - 1}
 *       seconds. Such a value is rewritten with a {@code .0} fraction: the same number of
 *       seconds to Pacer's header reader, and no follow-up to OkHttp.
 * </ul>
 */
public final class NoSilentReplayInterceptor implements Interceptor {
  private static final String RETRY_AFTER = "Retry-After";
  static final String SUPPRESSED = "Pacer-Suppressed-Retry-After";

  public NoSilentReplayInterceptor() {
  }

  @Override
  public Response intercept(Chain chain) throws IOException {
    Request request = chain.request();
    Response response = chain.proceed(request);
    int code = response.code();
    if (code != 503 && code != 408) return response;
    // OkHttp reads the last value of the header, and so does this.
    String retryAfter = response.header(RETRY_AFTER);
    if (retryAfter != null && isDigits(retryAfter) && !fitsInInt(retryAfter)) {
      return response.newBuilder().header(RETRY_AFTER, retryAfter + ".0").build();
    }
    boolean zero = retryAfter != null && isDigits(retryAfter) && isZero(retryAfter);
    boolean okHttpWouldResend = code == 503 ? zero : retryAfter == null || zero;
    if (!okHttpWouldResend) return response;
    return response.newBuilder()
        .header(RETRY_AFTER, "0.0")
        .header(SUPPRESSED, retryAfter == null ? "none" : retryAfter)
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
