package dev.pacer.policy;

import dev.pacer.internal.PathTemplate;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * One declared limit of a vendor: which requests it covers, per which scope it counts, and what
 * it allows. Immutable and thread-safe; build one with {@link #builder(String)}.
 *
 * <pre>{@code
 * // eSputnik: "Get email message" allows 10 requests per second
 * Rule.builder("get-email-message")
 *     .endpoint("GET /api/v1/messages/email/{id}")
 *     .rate(Rate.perSecond(10))
 *     .build();
 *
 * // eSputnik: every method not listed shares ONE bucket of 200 per second
 * Rule.builder("default").otherwise().shared().rate(Rate.perSecond(200)).build();
 *
 * // Nylas: at most 5 concurrent calls per account across /messages, /threads and /contacts
 * Rule.builder("query-concurrency")
 *     .endpoints("* /messages/**", "* /threads/**", "* /contacts/**")
 *     .shared()
 *     .scope(Scope.credential("Authorization"))
 *     .maxConcurrent(5)
 *     .build();
 * }</pre>
 *
 * <p><b>Which requests.</b> A rule covers the requests matching any of its endpoint templates
 * ({@code METHOD /path}: a {@code {var}} matches one path segment, a final {@code **} any number,
 * method {@code *} any method), or, for an {@link Builder#otherwise() otherwise} rule, every
 * request that no other rule <em>with a rate and the same scope</em> covers.
 *
 * <p><b>How it counts.</b> {@link Builder#perEndpoint() Per endpoint} (the default) keeps one
 * bucket per template (per method and template for an otherwise rule); {@link Builder#shared()
 * shared} keeps one bucket for all requests the rule covers.
 *
 * <p><b>What it allows.</b> Any number of {@link Rate rates}, all enforced together, and an
 * optional cap on calls in flight. A call in flight holds its permit until its response body
 * is closed, so a streamed or long-poll response holds it for its whole life.
 */
public final class Rule {
  private final String name;
  private final List<String> endpoints;
  private final List<PathTemplate> templates;
  private final boolean otherwise;
  private final boolean shared;
  private final Scope scope;
  private final List<Rate> rates;
  private final int maxConcurrent;
  private final int burst;
  private final int bucketSize;
  private final boolean learnFromHeaders;
  private final boolean smoothOnly;

  private Rule(Builder b) {
    this.name = b.name;
    this.endpoints = List.copyOf(b.endpoints);
    List<PathTemplate> parsed = new ArrayList<>();
    Set<String> shapes = new HashSet<>();
    for (String e : endpoints) {
      PathTemplate t = PathTemplate.parse(e);
      if (!shapes.add(t.shape())) {
        throw new IllegalArgumentException("rule '" + name + "' lists the endpoint '" + e + "' twice");
      }
      parsed.add(t);
    }
    this.templates = List.copyOf(parsed);
    this.otherwise = b.otherwise;
    this.shared = b.shared;
    this.scope = b.scope;
    this.rates = List.copyOf(b.rates);
    this.maxConcurrent = b.maxConcurrent;
    this.burst = b.burst;
    this.bucketSize = b.bucketSize;
    this.learnFromHeaders = b.learnFromHeaders;
    this.smoothOnly = b.smoothOnly;

    if (otherwise && !endpoints.isEmpty()) {
      throw new IllegalArgumentException("rule '" + name + "' is an otherwise rule and also lists endpoints " + endpoints);
    }
    if (!otherwise && endpoints.isEmpty()) {
      throw new IllegalArgumentException("rule '" + name + "' covers no requests: add endpoint(...) or otherwise()");
    }
    if (rates.isEmpty() && maxConcurrent == 0) {
      throw new IllegalArgumentException("rule '" + name + "' declares no limit: add rate(...) or maxConcurrent(...)");
    }
    Set<Duration> periods = new HashSet<>();
    for (Rate r : rates) {
      if (!periods.add(r.period())) {
        throw new IllegalArgumentException("rule '" + name + "' declares two rates over " + r.period() + ": " + rates);
      }
      if (burst > r.permits()) {
        throw new IllegalArgumentException("rule '" + name + "' burst " + burst + " > permits of " + r);
      }
    }
    if (scope.kind() == Scope.Kind.PATH_VARIABLE) {
      if (otherwise) {
        throw new IllegalArgumentException("rule '" + name + "' is an otherwise rule and cannot be scoped by path variable {" + scope.name() + "}");
      }
      for (PathTemplate t : templates) {
        if (!t.variableNames().contains(scope.name())) {
          throw new IllegalArgumentException("rule '" + name + "' is scoped by {" + scope.name() + "} but '" + t.source() + "' has no such variable");
        }
      }
    }
    if (bucketSize > 0 && rates.size() != 1) {
      throw new IllegalArgumentException("rule '" + name + "' declares a bucket size, which needs exactly one rate: " + rates);
    }
    if (bucketSize > 0 && burst > 0) {
      throw new IllegalArgumentException("rule '" + name + "' declares both burst and bucketSize: a token bucket's size is its burst");
    }
    if (learnFromHeaders && rates.isEmpty()) {
      throw new IllegalArgumentException("rule '" + name + "' learns from headers but declares no rate");
    }
  }

  /** A new builder for a rule called {@code name} (unique in its policy; appears in events and errors). */
  public static Builder builder(String name) {
    return new Builder(name);
  }

  /** A builder holding this rule's settings. */
  public Builder toBuilder() {
    Builder b = new Builder(name);
    b.endpoints.addAll(endpoints);
    b.otherwise = otherwise;
    b.shared = shared;
    b.scope = scope;
    b.rates.addAll(rates);
    b.maxConcurrent = maxConcurrent;
    b.burst = burst;
    b.bucketSize = bucketSize;
    b.learnFromHeaders = learnFromHeaders;
    b.smoothOnly = smoothOnly;
    return b;
  }

  /** The rule's name. */
  public String name() {
    return name;
  }

  /** The endpoint templates as declared; empty for an otherwise rule. */
  public List<String> endpoints() {
    return endpoints;
  }

  /** Parsed templates, for the policy's own validation. */
  List<PathTemplate> templates() {
    return templates;
  }

  /** True when the rule covers every request that no rate rule of the same scope covers. */
  public boolean isOtherwise() {
    return otherwise;
  }

  /** True when the rule keeps one bucket for all its requests, false for one per endpoint. */
  public boolean isShared() {
    return shared;
  }

  /** Per which scope the rule counts. Default {@link Scope#application()}. */
  public Scope scope() {
    return scope;
  }

  /** The declared rates, all enforced together; may be empty for a concurrency-only rule. */
  public List<Rate> rates() {
    return rates;
  }

  /** The cap on calls in flight, or 0 for none. */
  public int maxConcurrent() {
    return maxConcurrent;
  }

  /**
   * How many requests may go back to back after an idle spell. 0 means the default:
   * {@code 1 + permits / 100} of the tightest rate, which keeps sustained throughput at or
   * above 99% of the rate while never admitting more than the rate in any window.
   *
   * <p>The burst is part of the rate, not added to it: any window of the period still admits at
   * most its permits, so the calls after a burst of {@code b} are spread as
   * {@code permits - b + 1} per period ({@code burst(10)} on 10 per second leaves one call per
   * second after the burst). nginx's {@code limit_req burst} is a queue on top of the rate, not
   * this: for such a server declare {@link #bucketSize()}.
   */
  public int burst() {
    return burst;
  }

  /**
   * The size of the server's bucket when the server is a token bucket, or a leaky bucket with a
   * queue, refilled at this rule's one rate; 0 when it is not. After a quiet spell, this many
   * calls go at once, then the rate: unlike {@link #burst()}, the bucket is on top of the rate,
   * so a period right after a quiet spell may admit up to {@code bucketSize + permits}. Declare
   * it only for servers documented as buckets: nginx {@code limit_req rate=10r/s burst=10
   * nodelay} is {@code rate(Rate.perSecond(10)).bucketSize(11)}; a bucket of 40 leaking 2 per
   * second is {@code rate(Rate.perSecond(2)).bucketSize(40)}.
   */
  public int bucketSize() {
    return bucketSize;
  }

  /**
   * True when the server's {@code X-RateLimit-Limit} (or {@code RateLimit-Policy}) replaces this
   * rule's shortest declared rate, so the client adapts when the real limit differs. A learned
   * limit never spaces calls further apart than the policy's {@link RateLimitPolicy#maxPause()
   * maxPause} (or than the rule's own rate, if that is slower): a lower report is raised to that
   * floor and reported as {@link dev.pacer.event.PacerListener#pauseClipped pauseClipped}.
   */
  public boolean learnsFromHeaders() {
    return learnFromHeaders;
  }

  /**
   * True when this rule's buckets always pace evenly at the declared rate. By default, when the
   * server reports {@code Remaining} and a reset for a bucket (and its limit matches the bucket's
   * shortest rate, or the bucket is the only one with a rate on the call), the bucket spends that
   * remaining at once before the reset, as a fixed-window server allows. A smooth-only rule
   * treats such reports only as brakes: for servers that report fixed windows but enforce
   * something stricter (a sliding window, a leaky bucket).
   */
  public boolean isSmoothOnly() {
    return smoothOnly;
  }

  @Override
  public String toString() {
    StringBuilder b = new StringBuilder("Rule{").append(name).append(": ");
    b.append(otherwise ? "otherwise" : String.join(", ", endpoints));
    if (shared) b.append(" shared");
    if (scope.kind() != Scope.Kind.APPLICATION) b.append(" per ").append(scope);
    if (!rates.isEmpty()) b.append(' ').append(rates);
    if (maxConcurrent > 0) b.append(" maxConcurrent=").append(maxConcurrent);
    if (bucketSize > 0) b.append(" bucketSize=").append(bucketSize);
    if (smoothOnly) b.append(" smoothOnly");
    return b.append('}').toString();
  }

  /** Builds a {@link Rule}. Not thread-safe; {@link #build()} copies, so reuse is safe. */
  public static final class Builder {
    private final String name;
    private final List<String> endpoints = new ArrayList<>();
    private boolean otherwise;
    private boolean shared;
    private Scope scope = Scope.application();
    private final List<Rate> rates = new ArrayList<>();
    private int maxConcurrent;
    private int burst;
    private int bucketSize;
    private boolean learnFromHeaders;
    private boolean smoothOnly;

    private Builder(String name) {
      Objects.requireNonNull(name, "name == null");
      if (name.isBlank()) throw new IllegalArgumentException("rule name is blank");
      if (name.indexOf('|') >= 0) throw new IllegalArgumentException("rule name contains '|': " + name);
      this.name = name;
    }

    /** Adds a template {@code "METHOD /path/{var}"} this rule covers. */
    public Builder endpoint(String template) {
      Objects.requireNonNull(template, "template == null");
      endpoints.add(template.trim());
      return this;
    }

    /** Adds several templates: a group of endpoints. */
    public Builder endpoints(String... templates) {
      for (String t : templates) endpoint(t);
      return this;
    }

    /** Covers every request that no rule with a rate and the same scope covers. */
    public Builder otherwise() {
      this.otherwise = true;
      return this;
    }

    /** One bucket for every request this rule covers (a group total). */
    public Builder shared() {
      this.shared = true;
      return this;
    }

    /** One bucket per endpoint template (the default). */
    public Builder perEndpoint() {
      this.shared = false;
      return this;
    }

    /** Per which scope this rule counts. */
    public Builder scope(Scope scope) {
      this.scope = Objects.requireNonNull(scope, "scope == null");
      return this;
    }

    /** Adds a rate; a rule may declare several (350/1 s and 1000/1 min together). */
    public Builder rate(Rate rate) {
      rates.add(Objects.requireNonNull(rate, "rate == null"));
      return this;
    }

    /** Adds a rate of {@code permits} per {@code period}. */
    public Builder rate(int permits, Duration period) {
      return rate(Rate.of(permits, period));
    }

    /** Caps calls in flight; a call holds its permit until its response body is closed. */
    public Builder maxConcurrent(int maxConcurrent) {
      if (maxConcurrent < 1) throw new IllegalArgumentException("maxConcurrent < 1: " + maxConcurrent);
      this.maxConcurrent = maxConcurrent;
      return this;
    }

    /** How many requests may go back to back after an idle spell; see {@link Rule#burst()}. */
    public Builder burst(int burst) {
      if (burst < 1) throw new IllegalArgumentException("burst < 1: " + burst);
      this.burst = burst;
      return this;
    }

    /**
     * Declares the server a token bucket of {@code size} calls refilled at the rule's one rate;
     * see {@link Rule#bucketSize()}.
     */
    public Builder bucketSize(int size) {
      if (size < 1) throw new IllegalArgumentException("bucketSize < 1: " + size);
      this.bucketSize = size;
      return this;
    }

    /** Lets the server's rate-limit headers replace this rule's shortest rate. */
    public Builder learnFromHeaders() {
      this.learnFromHeaders = true;
      return this;
    }

    /** Paces evenly even when the server reports what remains in a window; see {@link Rule#isSmoothOnly()}. */
    public Builder smoothOnly() {
      this.smoothOnly = true;
      return this;
    }

    /** Validates and builds the rule. */
    public Rule build() {
      return new Rule(this);
    }
  }
}
