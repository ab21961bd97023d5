package dev.pacer.koreccai;

import dev.pacer.RetryConfig;
import dev.pacer.policy.Rate;
import dev.pacer.policy.RateLimitPolicy;
import dev.pacer.policy.Rule;
import dev.pacer.policy.Scope;
import dev.pacer.policy.ThrottleSignal;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * Kore.ai Contact Center AI's published rate limit as a Pacer policy.
 *
 * <p>From Kore's "Contact Center AI - API Rate Limits" page: enforcement level <em>account</em>,
 * <b>60 requests per minute</b>, monitored against a sixty-second limit, for every listed API group
 * (Analytics and Reporting, Agents, Skills, Skill Groups, Agent Groups, Contacts, Import/Export,
 * Transfer, Queues, WFM, Hours of Operation, Voice Gateway, Campaign Management). It is one budget
 * the groups share, so the policy has one rule with one bucket per account:
 *
 * <table>
 *   <caption>Rules (names are stable; they appear in events and exceptions)</caption>
 *   <tr><th>rule</th><th>endpoints</th><th>scope</th><th>limit</th></tr>
 *   <tr><td>{@value #RULE}</td><td>{@link #ENDPOINTS}: every typed method of this module</td>
 *       <td>the {@code accountId} header (hashed in bucket keys)</td><td>60 per minute, shared</td></tr>
 * </table>
 *
 * <p>Typed clients tag each request with its Retrofit method's template, so a request is charged
 * by what it is, not by where a base-URL override sends it. Pacing is smooth (one request about
 * every second after a short burst), so no sixty-second window sees more than 60. Kore documents no
 * rate-limit headers and no {@code Retry-After}; a 429 is answered with the page's fixed message
 * (see {@link KoreCcaiError#isRateLimited()}). Kore advises backing off when it comes, which
 * {@link #RETRY} does. Plans with a higher or custom limit (Kore support grants them) use {@link
 * #withRate(Rate)}.
 */
public final class KoreCcaiPolicy {
  /** The rule's name. */
  public static final String RULE = "account-per-minute";

  /**
   * The path families of the CCAI public APIs the limit covers; the last is the one campaign call
   * ("Add Contacts to a Contact List") Kore serves under {@code /api/1.1/public/}.
   */
  public static final List<String> ENDPOINTS = List.of(
      "* /agentassist/api/**",
      "* /campaign/api/**",
      "* /api/public/bot/**",
      "* /api/1.1/public/{streamId}/campaign/**");

  /** The account scope: one budget per {@code accountId} header, which every client request carries. */
  public static final Scope ACCOUNT = Scope.credential("accountId");

  /** The published limit: 60 requests per minute. */
  public static final Rate PUBLISHED_RATE = Rate.perMinute(60);

  /**
   * The fixed message Kore's rate-limit page says an over-limit request fails with; the page does
   * not give the status code.
   */
  public static final String THROTTLE_MESSAGE = "exceeded the per-minute rate limit";

  /**
   * Kore's throttle, whatever the status: an error answer whose body carries the page's
   * message counts as a 429 (the account's bucket pauses for its minute, the call is retried).
   */
  public static final ThrottleSignal THROTTLE_SIGNAL = (status, headers, bodyStart) -> bodyStart.contains(THROTTLE_MESSAGE);

  /** Kore's limits. Immutable. */
  public static final RateLimitPolicy POLICY = withRate(PUBLISHED_RATE);

  /**
   * How a {@link KoreCcaiClient} retries unless its builder says otherwise: Kore sends no hint of
   * when its window resets, so after a 429 it backs off from 2 s up to a full minute, for at most
   * 4 attempts and 2 minutes in all.
   */
  public static final RetryConfig RETRY = RetryConfig.builder()
      .maxAttempts(4)
      .initialBackoff(Duration.ofSeconds(2))
      .maxBackoff(Duration.ofMinutes(1))
      .maxTotalTime(Duration.ofMinutes(2))
      .build();

  private KoreCcaiPolicy() {}

  /**
   * The policy with {@code rate} in place of the published 60 per minute, for accounts whose
   * limit Kore raised (or tests that scale time down): still one bucket per account shared by
   * every endpoint.
   */
  public static RateLimitPolicy withRate(Rate rate) {
    Objects.requireNonNull(rate, "rate == null");
    return RateLimitPolicy.builder("kore-ccai")
        .rule(Rule.builder(RULE)
            .endpoints(ENDPOINTS.toArray(new String[0]))
            .shared()
            .scope(ACCOUNT)
            .rate(rate)
            .build())
        .throttleSignal(THROTTLE_SIGNAL)
        .build();
  }
}
