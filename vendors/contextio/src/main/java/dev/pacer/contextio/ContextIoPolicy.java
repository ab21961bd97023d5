package dev.pacer.contextio;

import dev.pacer.policy.Rate;
import dev.pacer.policy.RateLimitPolicy;
import dev.pacer.policy.Rule;
import dev.pacer.policy.Scope;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Context.IO Lite's published rate limits as a Pacer policy.
 *
 * <p>From Context.IO's rate-limit page: a developer key may make 5,000 calls an hour, all calls
 * together; and each user may make 240 calls to IMAP a minute. The page defines a call to IMAP as
 * "any call that gets a message body, headers, source, or folders" and then lists the eleven
 * message endpoints ({@link #MESSAGE_ENDPOINTS}); the folder calls ({@link #FOLDER_ENDPOINTS}) go
 * to IMAP as well, so this policy counts both ({@link #IMAP_ENDPOINTS}). Such a call counts
 * against both limits. Receiving webhooks counts against neither. Context.IO documents no
 * rate-limit headers and no {@code Retry-After}; a call over a limit gets a 429 with an error
 * message ({@link ContextIoError.Kind#RATE_LIMITED}), which pauses the bucket and is retried.
 *
 * <table>
 *   <caption>Rules (names are stable; they appear in events and exceptions)</caption>
 *   <tr><th>rule</th><th>covers</th><th>scope</th><th>limit</th></tr>
 *   <tr><td>{@value #DEVELOPER_RULE}</td><td>every call, in one shared bucket</td>
 *       <td>the application (one client per developer key)</td><td>5,000/h</td></tr>
 *   <tr><td>{@value #IMAP_RULE}</td><td>the {@link #IMAP_ENDPOINTS} (messages and folders), in one shared bucket per user</td>
 *       <td>the {@code {id}} path variable (the user)</td><td>240/min</td></tr>
 * </table>
 *
 * <p>Typed clients tag each request with its endpoint (from Retrofit's {@code Invocation}), so
 * charging follows the service method, never a match on the URL; the user is read from the
 * request's {@code /lite/users/{id}/...} path. Keep one {@link ContextIoClient} per developer
 * key: the buckets live in it, and the hourly bucket is the key's whole budget.
 *
 * <p><b>The initial user limit is not a rate.</b> A new developer key may create at most 100
 * users until Context.IO has reviewed the application's privacy policy. Pacer cannot pace that
 * away; when the server refuses a user for it, the call fails with an {@link
 * dev.pacer.vendor.support.ApiException} whose {@link ContextIoError#kind()} is {@link
 * ContextIoError.Kind#USER_LIMIT_REACHED}.
 */
public final class ContextIoPolicy {
  /** The name of the 5,000-per-hour rule for every call of a developer key. */
  public static final String DEVELOPER_RULE = "developer-hourly";

  /** The name of the 240-per-minute rule for each user's calls to IMAP (messages and folders). */
  public static final String IMAP_RULE = "imap-per-user";

  /** The message endpoints the rate-limit page lists as calls to IMAP, exactly as it lists them. */
  public static final List<String> MESSAGE_ENDPOINTS = List.of(
      "GET /lite/users/{id}/email_accounts/{label}/folders/{folder}/messages",
      "GET /lite/users/{id}/email_accounts/{label}/folders/{folder}/messages/{message_id}",
      "POST /lite/users/{id}/email_accounts/{label}/folders/{folder}/messages/{message_id}",
      "GET /lite/users/{id}/email_accounts/{label}/folders/{folder}/messages/{message_id}/attachments",
      "GET /lite/users/{id}/email_accounts/{label}/folders/{folder}/messages/{message_id}/attachments/{attachment}",
      "GET /lite/users/{id}/email_accounts/{label}/folders/{folder}/messages/{message_id}/body",
      "GET /lite/users/{id}/email_accounts/{label}/folders/{folder}/messages/{message_id}/flags",
      "GET /lite/users/{id}/email_accounts/{label}/folders/{folder}/messages/{message_id}/headers",
      "GET /lite/users/{id}/email_accounts/{label}/folders/{folder}/messages/{message_id}/raw",
      "GET /lite/users/{id}/email_accounts/{label}/folders/{folder}/messages/{message_id}/read",
      "POST /lite/users/{id}/email_accounts/{label}/folders/{folder}/messages/{message_id}/read");

  /**
   * The folder calls: listing an account's folders, getting one, and creating one. The page counts
   * any call that gets folders as a call to IMAP (its list shows only the message endpoints); each
   * of these asks the user's IMAP server about its folders, so all three count.
   */
  public static final List<String> FOLDER_ENDPOINTS = List.of(
      "GET /lite/users/{id}/email_accounts/{label}/folders",
      "GET /lite/users/{id}/email_accounts/{label}/folders/{folder}",
      "POST /lite/users/{id}/email_accounts/{label}/folders/{folder}");

  /**
   * Every call charged to a user's 240 per minute ({@value #IMAP_RULE}): the {@link
   * #MESSAGE_ENDPOINTS} and then the {@link #FOLDER_ENDPOINTS}.
   */
  public static final List<String> IMAP_ENDPOINTS = concat(MESSAGE_ENDPOINTS, FOLDER_ENDPOINTS);

  /** A new developer key's limit: 5,000 calls per hour. */
  public static final Rate DEVELOPER_RATE = Rate.perHour(5000);

  /** The IMAP limit per user, 240 calls per minute; IMAP imposes it and it cannot be raised. */
  public static final Rate IMAP_RATE = Rate.perMinute(240);

  /** Context.IO's limits for a new developer key. Immutable. */
  public static final RateLimitPolicy POLICY = withDeveloperRate(DEVELOPER_RATE);

  private ContextIoPolicy() {}

  private static List<String> concat(List<String> first, List<String> second) {
    List<String> all = new ArrayList<>(first);
    all.addAll(second);
    return List.copyOf(all);
  }

  /**
   * Context.IO's limits for a developer key whose overall limit Context.IO has raised (or
   * lowered) to {@code developerRate}; the per-user IMAP limit stays 240 per minute.
   */
  public static RateLimitPolicy withDeveloperRate(Rate developerRate) {
    Objects.requireNonNull(developerRate, "developerRate == null");
    return RateLimitPolicy.builder("context-io")
        .rule(Rule.builder(DEVELOPER_RULE).otherwise().shared().rate(developerRate).build())
        .rule(Rule.builder(IMAP_RULE)
            .endpoints(IMAP_ENDPOINTS.toArray(new String[0]))
            .shared()
            .scope(Scope.pathVariable("id"))
            .rate(IMAP_RATE)
            .build())
        .build();
  }
}
