package dev.pacer.intercom;

import dev.pacer.policy.Rate;
import dev.pacer.policy.RateLimitPolicy;
import dev.pacer.policy.ResetFormat;
import dev.pacer.policy.Rule;
import java.time.Duration;

/**
 * Intercom's documented rate limit as a Pacer policy. Intercom allows each app 1,000 requests
 * per minute by default, spread over 10-second periods, so 166 per 10 seconds; every endpoint
 * draws on the one bucket of the app. Webhook deliveries do not count.
 *
 * <p>The declared numbers are a starting point: every authenticated response carries {@code
 * X-RateLimit-Limit}, {@code X-RateLimit-Remaining} and {@code X-RateLimit-Reset} (the Unix
 * time, in seconds, when the window resets), and the policy lets Pacer learn the real
 * per-window limit from them. An app on a plan with a different limit (private apps default to
 * 10,000 per minute) can declare it with {@link #of(int)} so that even the first window is paced
 * right.
 *
 * <pre>{@code
 * IntercomClient client = IntercomClient.builder()
 *     .accessToken(token)
 *     .policy(IntercomPolicy.of(10_000))
 *     .build();
 * }</pre>
 */
public final class IntercomPolicy {
  /** The default per-app limit per minute. */
  public static final int DEFAULT_PER_MINUTE = 1_000;

  /** The name of the policy's one rule, covering every request. */
  public static final String RULE = "app";

  /** The length of Intercom's counting window. */
  public static final Duration WINDOW = Duration.ofSeconds(10);

  private static final RateLimitPolicy DEFAULT = of(DEFAULT_PER_MINUTE);

  private IntercomPolicy() {}

  /** The policy for the default limit: 166 per 10-second window, learned from headers. */
  public static RateLimitPolicy standard() {
    return DEFAULT;
  }

  /**
   * The policy for an app allowed {@code perMinute} requests per minute: {@code perMinute / 6}
   * (rounded down) per 10-second window, one bucket for every request, the per-window limit
   * learned from {@code X-RateLimit-*} headers. Intercom counts the minute's limit in those
   * windows, so six windows never exceed it and no per-minute rate is declared: one would pace
   * evenly across the minute and keep Pacer from spending what each window's
   * {@code X-RateLimit-Remaining} reports before its reset.
   *
   * @throws IllegalArgumentException if {@code perMinute} is less than 6
   */
  public static RateLimitPolicy of(int perMinute) {
    if (perMinute < 6) throw new IllegalArgumentException("perMinute < 6: " + perMinute);
    return RateLimitPolicy.builder("intercom")
        .rule(Rule.builder(RULE)
            .otherwise()
            .shared()
            .rate(Rate.of(perMinute / 6, WINDOW))
            .learnFromHeaders()
            .build())
        .resetFormat(ResetFormat.EPOCH_SECONDS)
        .build();
  }
}
