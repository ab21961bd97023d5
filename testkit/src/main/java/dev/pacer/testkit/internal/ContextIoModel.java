package dev.pacer.testkit.internal;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Context.IO Lite as its rate-limit page describes it: 5,000 calls per hour per developer key
 * for every call, in bucket {@code developer:<keyHash>} (the key is the OAuth
 * {@code oauth_consumer_key}, from the {@code Authorization} header or the query, hashed); plus
 * 240 IMAP calls per minute per user, in bucket {@code user:<id>|imap}, for the calls the page
 * counts as calls to IMAP ("any call that gets a message body, headers, source, or folders"):
 * its eleven listed message endpoints and the folder calls under
 * {@code /lite/users/{id}/email_accounts/{label}/folders}. A 429 carries Context.IO's
 * {@code {"type":"error","value":...}} body and no hint headers (none are documented).
 */
public final class ContextIoModel implements VendorModel {
  private static final Pattern CONSUMER_KEY =
      Pattern.compile("oauth_consumer_key=\"([^\"]*)\"");
  private static final String FOLDERS = "/lite/users/{id}/email_accounts/{label}/folders";
  private static final String MESSAGES = FOLDERS + "/{folder}/messages";
  private static final List<Template> IMAP = new ArrayList<>();

  static {
    for (String endpoint : List.of(
        "GET ",
        "GET /{message_id}",
        "POST /{message_id}",
        "GET /{message_id}/attachments",
        "GET /{message_id}/attachments/{attachment}",
        "GET /{message_id}/body",
        "GET /{message_id}/flags",
        "GET /{message_id}/headers",
        "GET /{message_id}/raw",
        "GET /{message_id}/read",
        "POST /{message_id}/read")) {
      int space = endpoint.indexOf(' ');
      IMAP.add(Template.parse(
          endpoint.substring(0, space) + " " + MESSAGES + endpoint.substring(space + 1)));
    }
    IMAP.add(Template.parse("GET " + FOLDERS));
    IMAP.add(Template.parse("GET " + FOLDERS + "/{folder}"));
    IMAP.add(Template.parse("POST " + FOLDERS + "/{folder}"));
  }

  private static final Template USERS = Template.parse("GET /lite/users");
  private static final Template USER = Template.parse("GET /lite/users/{id}");
  private static final Template MESSAGE_LIST = IMAP.get(0);
  private static final Template MESSAGE = IMAP.get(1);
  private static final Template FOLDER_LIST = Template.parse("GET " + FOLDERS);
  private static final Template FOLDER = Template.parse("GET " + FOLDERS + "/{folder}");

  /** A new developer key's limit: 5,000 calls per hour. */
  public static final int DECLARED_CALLS_PER_HOUR = 5000;

  private final int developerCallsPerHour;

  /** A model of a new developer key (5,000 calls per hour). */
  public ContextIoModel() {
    this(DECLARED_CALLS_PER_HOUR);
  }

  /** A model of a developer key whose hourly limit Context.IO set to {@code developerCallsPerHour}. */
  public ContextIoModel(int developerCallsPerHour) {
    if (developerCallsPerHour < 1) {
      throw new IllegalArgumentException("developerCallsPerHour < 1: " + developerCallsPerHour);
    }
    this.developerCallsPerHour = developerCallsPerHour;
  }

  @Override
  public String name() {
    return "context-io";
  }

  @Override
  public List<Limit> limits(Exchange exchange) {
    List<Limit> limits = new ArrayList<>(2);
    limits.add(Limit.window("developer:" + Secrets.hash(consumerKey(exchange)), developerCallsPerHour,
        Duration.ofHours(1),
        "Rate limit exceeded: " + developerCallsPerHour + " calls per hour for this developer key"));
    for (Template template : IMAP) {
      if (template.matches(exchange)) {
        String user = Secrets.printable(template.variable(exchange, "id"));
        limits.add(Limit.window("user:" + user + "|imap", 240, Duration.ofMinutes(1),
            "IMAP rate limit exceeded: 240 calls per minute for this user"));
        break;
      }
    }
    return limits;
  }

  static String consumerKey(Exchange exchange) {
    String authorization = exchange.header("Authorization");
    if (authorization != null) {
      Matcher matcher = CONSUMER_KEY.matcher(authorization);
      if (matcher.find()) {
        return matcher.group(1);
      }
    }
    String query = exchange.query("oauth_consumer_key");
    return query != null ? query : "";
  }

  @Override
  public Limit undeclaredLimit(int permits, Duration period) {
    return Limit.window(SandboxEngine.UNDECLARED_BUCKET, permits, period,
        "Rate limit exceeded: " + permits + " calls per " + VendorModel.describe(period.toMillis()));
  }

  @Override
  public Reply rejected(Exchange exchange, Admission admission, long nowMillis) {
    return Reply.json(429, "{\"type\":\"error\",\"value\":"
        + Json.quote(admission.rejectedBy().message()) + "}");
  }

  @Override
  public Reply admitted(Exchange exchange, Admission admission, long nowMillis) {
    if (USERS.matches(exchange)) {
      return Reply.json(200, "[" + user("5f0a1b2c3d4e5f6a7b8c9d0e") + "]");
    }
    if (USER.matches(exchange)) {
      return Reply.json(200, user(Secrets.printable(USER.variable(exchange, "id"))));
    }
    if (MESSAGE_LIST.matches(exchange)) {
      return Reply.json(200, "[" + message(1) + "," + message(2) + "]");
    }
    if (MESSAGE.matches(exchange)) {
      return Reply.json(200, message(1));
    }
    if (FOLDER_LIST.matches(exchange)) {
      return Reply.json(200, "[" + folder("INBOX", 2, 1) + "," + folder("Receipts", 2, 0) + "]");
    }
    if (FOLDER.matches(exchange)) {
      return Reply.json(200, folder(Secrets.printable(FOLDER.variable(exchange, "folder")), 2, 1));
    }
    if (exchange.method().equals("GET")) {
      return Reply.json(200, "{}");
    }
    return Reply.json(200, "{\"success\":true}");
  }

  private static String user(String id) {
    return "{\"id\":" + Json.quote(id) + ",\"username\":\"user_" + id + "\",\"created\":1735689600"
        + ",\"suspended\":0,\"email_addresses\":[\"user@example.com\"],\"first_name\":\"Test\""
        + ",\"last_name\":\"User\",\"password_expired\":0"
        + ",\"resource_url\":\"https://api.context.io/lite/users/" + id + "\"}";
  }

  private static String folder(String name, int messages, int unseen) {
    return "{\"name\":" + Json.quote(name) + ",\"delimiter\":\"/\",\"nb_messages\":" + messages
        + ",\"nb_unseen_messages\":" + unseen + ",\"attributes\":{\"HasNoChildren\":true}}";
  }

  private static String message(int n) {
    return "{\"email_message_id\":\"<msg" + n + "@example.com>\",\"message_id\":\"msg" + n + "\""
        + ",\"subject\":\"Hello " + n + "\",\"sent_at\":" + (1_735_689_600L + n)
        + ",\"addresses\":{\"from\":{\"email\":\"sender@example.com\",\"name\":\"Sender\"}"
        + ",\"to\":[{\"email\":\"user@example.com\",\"name\":\"Test User\"}],\"cc\":[],\"bcc\":[]}"
        + ",\"folders\":[\"INBOX\"],\"attachments\":[],\"references\":[],\"in_reply_to\":null}";
  }
}
