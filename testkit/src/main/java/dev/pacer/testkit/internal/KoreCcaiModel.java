package dev.pacer.testkit.internal;

import java.time.Duration;
import java.util.List;

/**
 * Kore.ai Contact Center AI as its rate-limit page describes it: 60 requests per minute per
 * account for the listed API groups (every path under {@code /agentassist/api/},
 * {@code /campaign/api/} and {@code /api/public/bot/}, and the campaign calls under
 * {@code /api/1.1/public/<streamId>/campaign/}), in bucket {@code account:<accountId>}.
 * The account is the {@code accountId} header, else the {@code accountId} query parameter, else
 * the path segment after {@code /account/}, else {@code unknown}. A 429 carries the page's
 * fixed message in Kore's usual {@code {"errors":[{"msg":...,"code":429}]}} body and no hint
 * headers (none are documented). Admitted calls are answered with small canned bodies: agents and
 * queues for their reads, an empty JSON array for the calls whose answer is a list, {@code {}}
 * otherwise.
 */
public final class KoreCcaiModel implements VendorModel {
  /** The fixed message of the rate-limit page. */
  public static final String MESSAGE =
      "You've exceeded the per-minute rate limit. Please wait for sometime before retrying.";

  private static final Template AGENTS =
      Template.parse("GET /agentassist/api/v1/public/{streamId}/organizations/{orgId}/agents");
  private static final Template AGENT =
      Template.parse("GET /agentassist/api/v1/public/{streamId}/agents/{agentId}");
  private static final Template QUEUES = Template.parse("GET /agentassist/api/v1/public/{streamId}/queues");
  /** The calls whose answer is a JSON array. */
  private static final List<Template> LISTS = List.of(
      Template.parse("POST /agentassist/api/v1/public/{streamId}/contacts"),
      Template.parse("POST /agentassist/api/v1/public/{streamId}/contacts/import-contacts"),
      Template.parse("GET /agentassist/api/v1/public/{streamId}/agents/customId/{customId}"),
      Template.parse("POST /agentassist/api/v1/public/{streamId}/queues/agents"),
      Template.parse("POST /agentassist/api/v1/public/{streamId}/monitor/queueStatsById/{queueId}"),
      Template.parse("GET /agentassist/api/public/analytics/account/{accountId}/agents"),
      Template.parse("GET /agentassist/api/public/analytics/account/{accountId}/queues"),
      Template.parse("GET /agentassist/api/v1/public/analytics/{botId}/retrieveSmartAssistFunctionalities"),
      Template.parse("GET /agentassist/api/public/analytics/{botId}/importSmartAssistFunctionalities"),
      Template.parse("POST /api/public/bot/{botId}/intentrealtimedata"));

  @Override
  public String name() {
    return "kore-ccai";
  }

  @Override
  public List<Limit> limits(Exchange exchange) {
    String path = exchange.path();
    if (!path.startsWith("/agentassist/api/") && !path.startsWith("/campaign/api/")
        && !path.startsWith("/api/public/bot/") && !isApi11Campaign(exchange.segments())) {
      return List.of();
    }
    return List.of(Limit.window(
        "account:" + Secrets.printable(account(exchange)), 60, Duration.ofMinutes(1), MESSAGE));
  }

  /** True for {@code /api/1.1/public/<streamId>/campaign/...}, where Kore serves "Add Contacts". */
  private static boolean isApi11Campaign(List<String> segments) {
    return segments.size() > 4 && segments.get(0).equals("api") && segments.get(1).equals("1.1")
        && segments.get(2).equals("public") && segments.get(4).equals("campaign");
  }

  static String account(Exchange exchange) {
    String header = exchange.header("accountId");
    if (header != null && !header.isBlank()) {
      return header.trim();
    }
    String query = exchange.query("accountId");
    if (query != null && !query.isBlank()) {
      return query.trim();
    }
    List<String> segments = exchange.segments();
    int index = segments.indexOf("account");
    if (index >= 0 && index + 1 < segments.size()) {
      return segments.get(index + 1);
    }
    return "unknown";
  }

  @Override
  public Limit undeclaredLimit(int permits, Duration period) {
    return Limit.window(SandboxEngine.UNDECLARED_BUCKET, permits, period, MESSAGE);
  }

  @Override
  public Reply rejected(Exchange exchange, Admission admission, long nowMillis) {
    return Reply.json(429, "{\"errors\":[{\"msg\":" + Json.quote(admission.rejectedBy().message())
        + ",\"code\":429}]}");
  }

  @Override
  public Reply admitted(Exchange exchange, Admission admission, long nowMillis) {
    if (AGENTS.matches(exchange)) {
      return Reply.json(200, "{\"results\":[" + agent(1) + "," + agent(2) + "]}");
    }
    if (AGENT.matches(exchange)) {
      return Reply.json(200, agent(1));
    }
    if (QUEUES.matches(exchange)) {
      return Reply.json(200, "{\"results\":[{\"id\":\"qu-0a1b2c3\",\"name\":\"Support\""
          + ",\"description\":\"First line\",\"isActive\":true,\"isDefault\":true}]"
          + ",\"page\":1,\"limit\":10,\"hasMore\":false,\"totalPages\":1,\"totalResults\":1}");
    }
    for (Template list : LISTS) {
      if (list.matches(exchange)) {
        return Reply.json(200, "[]");
      }
    }
    return Reply.json(200, "{}");
  }

  private static String agent(int n) {
    return "{\"id\":\"a-00" + n + "f2c1\",\"userId\":\"u-00" + n + "e8d2\""
        + ",\"accountId\":\"65f1c0ffee00000000000001\",\"orgId\":\"o-7d1e2f3a\""
        + ",\"emailId\":\"agent" + n + "@example.com\",\"firstName\":\"Agent\",\"lastName\":\"" + n + "\""
        + ",\"fullName\":\"Agent " + n + "\",\"status\":\"ACTIVE\",\"canSupportChat\":true"
        + ",\"canSupportVoice\":true,\"maxChatSupport\":3,\"skills\":[],\"queues\":[]"
        + ",\"createdAt\":\"2025-01-01T00:00:00.000Z\",\"updatedAt\":\"2025-01-02T00:00:00.000Z\"}";
  }
}
