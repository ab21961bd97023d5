package dev.pacer.esputnik;

import dev.pacer.policy.Rate;
import dev.pacer.policy.RateLimitPolicy;
import dev.pacer.policy.Rule;
import dev.pacer.policy.Scope;

/**
 * eSputnik's published rate limits as a Pacer policy.
 *
 * <p>From eSputnik's rate-limit page: ten methods have their own per-second limit (one bucket
 * each), and every other method shares <em>one</em> total of 200 requests per second. From the
 * API reference: getting an email message and the message search/read methods also answer 429
 * past 500 requests per hour; that cap is a second bucket per method on top of the per-second
 * one. eSputnik documents no rate-limit headers, so Pacer learns only from 429s.
 *
 * <table>
 *   <caption>Rules (names are stable; they appear in events and exceptions)</caption>
 *   <tr><th>rule</th><th>endpoint</th><th>limit</th></tr>
 *   <tr><td>contact-id-by-token</td><td>GET /api/v1/contact/token/{app_uuid}/{token_id}/contactId</td><td>150/s</td></tr>
 *   <tr><td>search-contacts</td><td>GET /api/v1/contacts</td><td>50/s</td></tr>
 *   <tr><td>event-v1</td><td>POST /api/v1/event</td><td>350/s</td></tr>
 *   <tr><td>past-events-v1</td><td>POST /api/v1/past_events</td><td>100/s</td></tr>
 *   <tr><td>delete-past-events</td><td>DELETE /api/v1/past_events</td><td>5/s</td></tr>
 *   <tr><td>interaction-status</td><td>PUT /api/v1/interactions/{interaction_id}/status</td><td>300/s</td></tr>
 *   <tr><td>message-history</td><td>GET /api/v2/contacts/messages</td><td>10/s</td></tr>
 *   <tr><td>event-v2</td><td>POST /api/v2/event</td><td>350/s</td></tr>
 *   <tr><td>past-events-v2</td><td>POST /api/v2/past_events</td><td>100/s</td></tr>
 *   <tr><td>email-message</td><td>GET /api/v1/messages/email/{id}</td><td>10/s and 500/h</td></tr>
 *   <tr><td>message-reads-hourly</td><td>the other message search/read methods ({@link #HOURLY_MESSAGE_READS})</td>
 *       <td>500/h each, in addition to the shared 200/s</td></tr>
 *   <tr><td>default</td><td>every other method, together</td><td>200/s in one shared bucket</td></tr>
 * </table>
 */
public final class EsputnikPolicy {
  /**
   * The message search/read methods the API reference caps at 500 requests per hour each,
   * besides {@code GET /api/v1/messages/email/{id}} (which has its own rule). They are not on
   * the rate-limit page, so they also count against the shared 200/s.
   */
  public static final java.util.List<String> HOURLY_MESSAGE_READS = java.util.List.of(
      "GET /api/v1/messages/email",
      "GET /api/v1/messages/email/{id}/viewLink",
      "GET /api/v1/messages/sms",
      "GET /api/v1/messages/sms/{id}",
      "GET /api/v1/messages/mobilepush",
      "GET /api/v1/messages/mobilepush/{id}",
      "GET /api/v1/messages/viber",
      "GET /api/v1/messages/viber/{id}",
      "GET /api/v1/messages/appinbox",
      "GET /api/v1/messages/appinbox/{id}",
      "GET /api/v1/messages/telegram",
      "GET /api/v1/messages/telegram/{id}");

  /**
   * The scope of the hourly caps: one budget for the whole account, like the application scope,
   * but distinct from it so that the hourly rule does not take these methods out of the shared
   * 200/s bucket (an otherwise rule covers what no rate rule <em>of its own scope</em> covers).
   */
  private static final Scope HOURLY = Scope.custom("account-hourly", request -> "account");

  /** eSputnik's limits. Immutable. */
  public static final RateLimitPolicy POLICY = RateLimitPolicy.builder("esputnik")
      .rule("contact-id-by-token", "GET /api/v1/contact/token/{app_uuid}/{token_id}/contactId", Rate.perSecond(150))
      .rule("search-contacts", "GET /api/v1/contacts", Rate.perSecond(50))
      .rule("event-v1", "POST /api/v1/event", Rate.perSecond(350))
      .rule("past-events-v1", "POST /api/v1/past_events", Rate.perSecond(100))
      .rule("delete-past-events", "DELETE /api/v1/past_events", Rate.perSecond(5))
      .rule("interaction-status", "PUT /api/v1/interactions/{interaction_id}/status", Rate.perSecond(300))
      .rule("message-history", "GET /api/v2/contacts/messages", Rate.perSecond(10))
      .rule("event-v2", "POST /api/v2/event", Rate.perSecond(350))
      .rule("past-events-v2", "POST /api/v2/past_events", Rate.perSecond(100))
      .rule("email-message", "GET /api/v1/messages/email/{id}", Rate.perSecond(10), Rate.perHour(500))
      .rule(Rule.builder("message-reads-hourly")
          .endpoints(HOURLY_MESSAGE_READS.toArray(new String[0]))
          .perEndpoint()
          .scope(HOURLY)
          .rate(Rate.perHour(500))
          .build())
      .rule(Rule.builder("default").otherwise().shared().rate(Rate.perSecond(200)).build())
      .build();

  private EsputnikPolicy() {}
}
