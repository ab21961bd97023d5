package dev.pacer.policy;

import dev.pacer.internal.PathTemplate;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What an API declares about its limits, as immutable data: a list of {@link Rule rules} and how
 * to read the server's rate-limit headers. Thread-safe. Writing one for any API takes about ten
 * lines; this is eSputnik's published table:
 *
 * <pre>{@code
 * RateLimitPolicy esputnik = RateLimitPolicy.builder("esputnik")
 *     .rule("contact-id-by-token", "GET /api/v1/contact/token/{app_uuid}/{token_id}/contactId", Rate.perSecond(150))
 *     .rule("search-contacts", "GET /api/v1/contacts", Rate.perSecond(50))
 *     .rule("event-v1", "POST /api/v1/event", Rate.perSecond(350))
 *     .rule("past-events-v1", "POST /api/v1/past_events", Rate.perSecond(100))
 *     .rule("delete-past-events", "DELETE /api/v1/past_events", Rate.perSecond(5))
 *     .rule("interaction-status", "PUT /api/v1/interactions/{interaction_id}/status", Rate.perSecond(300))
 *     .rule("message-history", "GET /api/v2/contacts/messages", Rate.perSecond(10))
 *     .rule("event-v2", "POST /api/v2/event", Rate.perSecond(350))
 *     .rule("past-events-v2", "POST /api/v2/past_events", Rate.perSecond(100))
 *     .rule("email-message", "GET /api/v1/messages/email/{id}", Rate.perSecond(10))
 *     .rule(Rule.builder("default").otherwise().shared().rate(Rate.perSecond(200)).build())
 *     .build();
 * }</pre>
 *
 * <p>A call covered by several rules (an app-wide rule, a per-account rule and a concurrency
 * cap, say) proceeds only when all of them admit it. A policy fails to build, with a message
 * naming the problem, when two rules share a name, when two rules of the same scope list the
 * same endpoint, or when two otherwise rules share a scope.
 */
public final class RateLimitPolicy {
  private final String name;
  private final List<Rule> rules;
  private final ResetFormat resetFormat;
  private final String idempotencyKeyHeader;
  private final Duration safetyMargin;
  private final Duration pauseWithoutHint;
  private final Duration maxPause;
  private final ThrottleSignal throttleSignal;

  private RateLimitPolicy(Builder b) {
    this.name = b.name;
    this.rules = List.copyOf(b.rules);
    this.resetFormat = b.resetFormat;
    this.idempotencyKeyHeader = b.idempotencyKeyHeader;
    this.safetyMargin = b.safetyMargin;
    this.pauseWithoutHint = b.pauseWithoutHint;
    this.maxPause = b.maxPause;
    this.throttleSignal = b.throttleSignal;

    Map<String, Rule> byName = new HashMap<>();
    Map<String, Rule> endpointOwners = new HashMap<>();
    Map<Scope, Rule> otherwiseByScope = new LinkedHashMap<>();
    for (Rule r : rules) {
      if (byName.put(r.name(), r) != null) {
        throw new IllegalArgumentException("policy '" + name + "' has two rules named '" + r.name() + "'");
      }
      if (r.isOtherwise()) {
        Rule prev = otherwiseByScope.put(r.scope(), r);
        if (prev != null && !r.rates().isEmpty() && !prev.rates().isEmpty()) {
          throw new IllegalArgumentException("policy '" + name + "' has two otherwise rules for scope "
              + r.scope() + ": '" + prev.name() + "' and '" + r.name() + "'");
        }
      }
      for (PathTemplate t : r.templates()) {
        String key = r.scope() + "|" + (r.rates().isEmpty() ? "concurrency" : "rate") + "|" + t.shape();
        Rule prev = endpointOwners.put(key, r);
        if (prev != null) {
          throw new IllegalArgumentException("policy '" + name + "': rules '" + prev.name() + "' and '" + r.name()
              + "' overlap: both cover '" + t.source() + "' for scope " + r.scope());
        }
      }
    }
  }

  /** A builder for a policy called {@code name} (used in events and error messages). */
  public static Builder builder(String name) {
    return new Builder(name);
  }

  /** A policy with no rules: Pacer then learns only from what the server answers. */
  public static RateLimitPolicy none() {
    return new Builder("none").build();
  }

  /** A builder holding this policy's settings. */
  public Builder toBuilder() {
    Builder b = new Builder(name);
    b.rules.addAll(rules);
    b.resetFormat = resetFormat;
    b.idempotencyKeyHeader = idempotencyKeyHeader;
    b.safetyMargin = safetyMargin;
    b.pauseWithoutHint = pauseWithoutHint;
    b.maxPause = maxPause;
    b.throttleSignal = throttleSignal;
    return b;
  }

  /** The policy's name. */
  public String name() {
    return name;
  }

  /** The rules, in declaration order. */
  public List<Rule> rules() {
    return rules;
  }

  /** The rule called {@code ruleName}, or null. */
  public Rule rule(String ruleName) {
    for (Rule r : rules) if (r.name().equals(ruleName)) return r;
    return null;
  }

  /** How to read {@code X-RateLimit-Reset}. Default {@link ResetFormat#AUTO}. */
  public ResetFormat resetFormat() {
    return resetFormat;
  }

  /**
   * The request header whose presence makes a non-idempotent request safe to replay after a
   * network error or a 5xx. Default {@code Idempotency-Key}.
   */
  public String idempotencyKeyHeader() {
    return idempotencyKeyHeader;
  }

  /**
   * How much longer than each rate's period Pacer spreads that rate's permits, to absorb the
   * delay between admitting a request and the server counting it. Null means the default:
   * 1% of the period, at most 20 ms.
   */
  public Duration safetyMargin() {
    return safetyMargin;
  }

  /**
   * How long a 429 that says nothing about when to retry (no {@code Retry-After}, no reset)
   * pauses every bucket the call was charged to, so that the other callers sharing them stop
   * too, as the vendors that send bare 429s ask. Null means the default: each bucket pauses for
   * its shortest declared period (the window the vendor counts in), at most 60 s, and a bucket
   * no rate rule declares for 1 s; except that the first bare 429 on a declared bucket (of a
   * rule that does not learn from headers) within its period pauses it for two of its intervals
   * only, after widening its spacing: a leaky-bucket server (nginx's {@code limit_req}) refuses a
   * call a little early that way, and a second bare 429 within the period means the window is
   * spent. Zero pauses nothing (only the call that got the 429 backs off).
   */
  public Duration pauseWithoutHint() {
    return pauseWithoutHint;
  }

  /**
   * The longest any one server answer may pause a bucket: a {@code Retry-After}, a reset time
   * with nothing remaining, or an IETF {@code RateLimit} reset beyond it is clipped to it (and
   * the clip reported to {@link dev.pacer.event.PacerListener#pauseClipped}), so a hostile or
   * broken answer such as {@code Retry-After: 999999999} cannot stop a bucket for years. Null
   * means the default: the Pacer's {@link dev.pacer.RetryConfig#maxRetryAfter()} (5 minutes
   * unless configured). The call that got such an answer still fails as {@code RetryConfig}
   * says; only the shared pause is bounded.
   */
  public Duration maxPause() {
    return maxPause;
  }

  /** How this vendor says "throttled" beyond a 429, or null when only 429s (and 503s) do. */
  public ThrottleSignal throttleSignal() {
    return throttleSignal;
  }

  @Override
  public String toString() {
    return "RateLimitPolicy{" + name + ", " + rules + "}";
  }

  /** Builds a {@link RateLimitPolicy}. Not thread-safe; {@link #build()} copies. */
  public static final class Builder {
    private final String name;
    private final List<Rule> rules = new ArrayList<>();
    private ResetFormat resetFormat = ResetFormat.AUTO;
    private String idempotencyKeyHeader = "Idempotency-Key";
    private Duration safetyMargin;
    private Duration pauseWithoutHint;
    private Duration maxPause;
    private ThrottleSignal throttleSignal;

    private Builder(String name) {
      Objects.requireNonNull(name, "name == null");
      if (name.isBlank()) throw new IllegalArgumentException("policy name is blank");
      this.name = name;
    }

    /** Adds a rule. */
    public Builder rule(Rule rule) {
      rules.add(Objects.requireNonNull(rule, "rule == null"));
      return this;
    }

    /** Adds an application-scoped rule for one endpoint with the given rates. */
    public Builder rule(String ruleName, String endpoint, Rate... rates) {
      Rule.Builder b = Rule.builder(ruleName).endpoint(endpoint);
      for (Rate r : rates) b.rate(r);
      return rule(b.build());
    }

    /** How to read {@code X-RateLimit-Reset}; see {@link ResetFormat}. */
    public Builder resetFormat(ResetFormat resetFormat) {
      this.resetFormat = Objects.requireNonNull(resetFormat, "resetFormat == null");
      return this;
    }

    /** The header that marks a request as safe to replay; see {@link RateLimitPolicy#idempotencyKeyHeader()}. */
    public Builder idempotencyKeyHeader(String header) {
      Objects.requireNonNull(header, "header == null");
      if (header.isBlank()) throw new IllegalArgumentException("idempotencyKeyHeader is blank");
      this.idempotencyKeyHeader = header;
      return this;
    }

    /** See {@link RateLimitPolicy#safetyMargin()}; zero disables it. */
    public Builder safetyMargin(Duration margin) {
      Objects.requireNonNull(margin, "margin == null");
      if (margin.isNegative()) throw new IllegalArgumentException("safetyMargin < 0: " + margin);
      this.safetyMargin = margin;
      return this;
    }

    /** See {@link RateLimitPolicy#pauseWithoutHint()}; zero disables the pause. */
    public Builder pauseWithoutHint(Duration pause) {
      Objects.requireNonNull(pause, "pause == null");
      if (pause.isNegative()) throw new IllegalArgumentException("pauseWithoutHint < 0: " + pause);
      this.pauseWithoutHint = pause;
      return this;
    }

    /** See {@link RateLimitPolicy#throttleSignal()} and {@link ThrottleSignal}. */
    public Builder throttleSignal(ThrottleSignal signal) {
      this.throttleSignal = Objects.requireNonNull(signal, "signal == null");
      return this;
    }

    /** See {@link RateLimitPolicy#maxPause()}; must be positive. */
    public Builder maxPause(Duration maxPause) {
      Objects.requireNonNull(maxPause, "maxPause == null");
      if (maxPause.isNegative() || maxPause.isZero()) throw new IllegalArgumentException("maxPause <= 0: " + maxPause);
      this.maxPause = maxPause;
      return this;
    }

    /** Validates and builds the policy. */
    public RateLimitPolicy build() {
      return new RateLimitPolicy(this);
    }
  }
}
