package dev.pacer.nylas;

import dev.pacer.policy.Rate;
import dev.pacer.policy.RateLimitPolicy;
import dev.pacer.policy.ResetFormat;
import dev.pacer.policy.Rule;
import dev.pacer.policy.Scope;

/**
 * Nylas API v2's documented limits as a Pacer policy. A call proceeds only when every rule that
 * covers it admits it.
 *
 * <table>
 *   <caption>Rules of {@link #POLICY}</caption>
 *   <tr><th>rule</th><th>covers</th><th>limit</th><th>per</th></tr>
 *   <tr><td>{@code application}</td><td>every endpoint but IP addresses, one bucket each</td><td>500/s</td><td>application</td></tr>
 *   <tr><td>{@code account}</td><td>every endpoint, one bucket each</td><td>50/s</td><td>credential ({@code Authorization})</td></tr>
 *   <tr><td>{@code ip-addresses}</td><td>{@code GET /a/{client_id}/ip_addresses}</td><td>10/h</td><td>application</td></tr>
 *   <tr><td>{@code streaming-concurrency}</td><td>{@code GET /delta/streaming}</td><td>10 open</td><td>credential</td></tr>
 *   <tr><td>{@code longpoll-concurrency}</td><td>{@code GET /delta/longpoll}</td><td>10 open</td><td>credential</td></tr>
 *   <tr><td>{@code query-concurrency}</td><td>{@code /messages}, {@code /threads}, {@code /contacts} and below, together</td><td>5 in flight</td><td>credential</td></tr>
 * </table>
 *
 * <p>The account scope is the {@code Authorization} header (hashed; never stored): Nylas counts
 * per access token, and {@link NylasClient} sends each account's token as that header.
 * Application calls carry the client secret instead, so they also count under the
 * {@code account} rule as one "account" — matching how Nylas keys a request by its credential.
 * Whether the 5 concurrent queries are one shared pool or one per path is not documented; one
 * shared pool is the safe reading. A streaming or long-poll call holds its slot until its body
 * is closed. Nylas sends {@code X-RateLimit-Reset} as seconds until the limit resets.
 *
 * <p>Source: Nylas' "Rate Limiting" page for API v2.
 */
public final class NylasPolicy {
  /** The scope of every per-account rule. */
  static final Scope ACCOUNT_SCOPE = Scope.credential("Authorization");

  /** Nylas API v2's declared limits. Immutable. */
  public static final RateLimitPolicy POLICY = RateLimitPolicy.builder("nylas")
      .rule(Rule.builder("application")
          .otherwise()
          .perEndpoint()
          .scope(Scope.application())
          .rate(Rate.perSecond(500))
          .build())
      .rule(Rule.builder("account")
          .otherwise()
          .perEndpoint()
          .scope(ACCOUNT_SCOPE)
          .rate(Rate.perSecond(50))
          .build())
      .rule(Rule.builder("ip-addresses")
          .endpoint("GET /a/{client_id}/ip_addresses")
          .scope(Scope.application())
          .rate(Rate.perHour(10))
          .build())
      .rule(Rule.builder("streaming-concurrency")
          .endpoint("GET /delta/streaming")
          .scope(ACCOUNT_SCOPE)
          .maxConcurrent(10)
          .build())
      .rule(Rule.builder("longpoll-concurrency")
          .endpoint("GET /delta/longpoll")
          .scope(ACCOUNT_SCOPE)
          .maxConcurrent(10)
          .build())
      .rule(Rule.builder("query-concurrency")
          .endpoints("* /messages/**", "* /threads/**", "* /contacts/**")
          .shared()
          .scope(ACCOUNT_SCOPE)
          .maxConcurrent(5)
          .build())
      .resetFormat(ResetFormat.SECONDS_UNTIL_RESET)
      .build();

  private NylasPolicy() {}
}
