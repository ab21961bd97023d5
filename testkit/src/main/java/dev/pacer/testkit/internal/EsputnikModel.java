package dev.pacer.testkit.internal;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * eSputnik as its rate-limit page describes it: ten listed methods with their own per-second
 * limits (one bucket each, named by the method and path template, such as
 * {@code "GET /api/v1/contacts"}); every other request shares one bucket of 200 per second,
 * {@value #DEFAULT_BUCKET}. Get email message and the message-search methods also have 500 per
 * hour each, and so do the reads of one stored message of the other channels (from the API
 * reference), in buckets such as
 * {@code "hour|GET /api/v1/messages/email/{id}"}. A 429 is plain text with no hint headers:
 * eSputnik documents neither.
 */
public final class EsputnikModel implements VendorModel {
  /** The bucket every unlisted method shares. */
  public static final String DEFAULT_BUCKET = "default";

  private static final Duration SECOND = Duration.ofSeconds(1);
  private static final Duration HOUR = Duration.ofHours(1);
  private static final Map<Template, Integer> LISTED = new LinkedHashMap<>();
  private static final List<Template> HOURLY = new ArrayList<>();

  static {
    listed("GET /api/v1/contact/token/{app_uuid}/{token_id}/contactId", 150);
    listed("GET /api/v1/contacts", 50);
    listed("POST /api/v1/event", 350);
    listed("POST /api/v1/past_events", 100);
    listed("DELETE /api/v1/past_events", 5);
    listed("PUT /api/v1/interactions/{interaction_id}/status", 300);
    listed("GET /api/v2/contacts/messages", 10);
    listed("POST /api/v2/event", 350);
    listed("POST /api/v2/past_events", 100);
    listed("GET /api/v1/messages/email/{id}", 10);
    for (String path : List.of(
        "/api/v1/messages/email/{id}",
        "/api/v1/messages/email",
        "/api/v1/messages/sms",
        "/api/v1/messages/viber",
        "/api/v1/messages/mobilepush",
        "/api/v1/messages/appinbox",
        "/api/v1/messages/telegram",
        "/api/v1/messages/email/{id}/viewLink",
        "/api/v1/messages/sms/{id}",
        "/api/v1/messages/viber/{id}",
        "/api/v1/messages/mobilepush/{id}",
        "/api/v1/messages/appinbox/{id}",
        "/api/v1/messages/telegram/{id}")) {
      HOURLY.add(Template.parse("GET " + path));
    }
  }

  private static void listed(String template, int perSecond) {
    LISTED.put(Template.parse(template), perSecond);
  }

  private final EsputnikBodies bodies = new EsputnikBodies();

  @Override
  public String name() {
    return "esputnik";
  }

  @Override
  public List<Limit> limits(Exchange exchange) {
    List<Limit> limits = new ArrayList<>(2);
    Limit perSecond = null;
    for (Map.Entry<Template, Integer> entry : LISTED.entrySet()) {
      if (entry.getKey().matches(exchange)) {
        perSecond = window(entry.getKey().toString(), entry.getValue(), SECOND);
        break;
      }
    }
    limits.add(perSecond != null ? perSecond : window(DEFAULT_BUCKET, 200, SECOND));
    for (Template template : HOURLY) {
      if (template.matches(exchange)) {
        limits.add(window("hour|" + template, 500, HOUR));
        break;
      }
    }
    return limits;
  }

  @Override
  public Limit undeclaredLimit(int permits, Duration period) {
    return window(SandboxEngine.UNDECLARED_BUCKET, permits, period);
  }

  private static Limit window(String bucket, int permits, Duration period) {
    return Limit.window(bucket, permits, period,
        "Too many requests: More than " + permits + " requests per "
            + VendorModel.describe(period.toMillis()) + ".");
  }

  @Override
  public Reply rejected(Exchange exchange, Admission admission, long nowMillis) {
    return Reply.text(429, admission.rejectedBy().message());
  }

  @Override
  public Reply admitted(Exchange exchange, Admission admission, long nowMillis) {
    return bodies.respond(exchange);
  }
}
