package dev.pacer.event;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tag;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.util.Objects;

/**
 * Records Pacer's events as Micrometer meters. Needs {@code io.micrometer:micrometer-core} on
 * the classpath (an optional dependency of Pacer). Thread-safe.
 *
 * <pre>{@code
 * Pacer pacer = Pacer.builder(policy)
 *     .listener(new MicrometerPacerListener(registry, Tags.of("api", "intercom")))
 *     .build();
 * }</pre>
 *
 * <table>
 *   <caption>Meters</caption>
 *   <tr><th>name</th><th>type</th><th>tag</th><th>counts</th></tr>
 *   <tr><td>{@value #WAITS}</td><td>timer</td><td>{@code rule}</td>
 *       <td>calls that waited for a rate permit, and how long</td></tr>
 *   <tr><td>{@value #SERVER_PAUSES}</td><td>counter</td><td>{@code status}</td>
 *       <td>buckets paused because the server answered 429 or 503</td></tr>
 *   <tr><td>{@value #PAUSES_CLIPPED}</td><td>counter</td><td></td>
 *       <td>server pauses longer than the policy's {@code maxPause}, cut to it</td></tr>
 *   <tr><td>{@value #RETRIES}</td><td>counter</td><td>{@code reason}</td>
 *       <td>attempts that failed and were retried</td></tr>
 *   <tr><td>{@value #GIVE_UPS}</td><td>counter</td><td>{@code reason}</td>
 *       <td>calls that ended on an outcome Pacer did not (or no longer) retry</td></tr>
 *   <tr><td>{@value #REJECTIONS}</td><td>counter</td><td>{@code rule}</td>
 *       <td>calls refused at once because their wait exceeded {@code maxWait}</td></tr>
 *   <tr><td>{@value #STORE_OUTAGES}</td><td>counter</td><td>{@code reason}</td>
 *       <td>times a shared bucket store (Redis) became unavailable and its fallback took over</td></tr>
 *   <tr><td>{@value #STORE_DOWNTIME}</td><td>timer</td><td></td>
 *       <td>how long each outage of a shared bucket store lasted, recorded when it recovers</td></tr>
 * </table>
 *
 * <p>Tags hold only rule names, HTTP statuses and Pacer's fixed reason phrases, plus the common
 * tags given here: never an endpoint path (unbounded), a bucket key, or anything taken from a
 * request, so no credential and no unbounded cardinality reaches the registry.
 */
public final class MicrometerPacerListener implements PacerListener {
  /** Timer of waits for rate permits, tagged {@code rule}. */
  public static final String WAITS = "pacer.waits";
  /** Counter of bucket pauses ordered by the server, tagged {@code status}. */
  public static final String SERVER_PAUSES = "pacer.server.pauses";
  /** Counter of server pauses cut to the policy's {@code maxPause}; no extra tag. */
  public static final String PAUSES_CLIPPED = "pacer.server.pauses.clipped";
  /** Counter of retries, tagged {@code reason}. */
  public static final String RETRIES = "pacer.retries";
  /** Counter of calls Pacer stopped retrying, tagged {@code reason}. */
  public static final String GIVE_UPS = "pacer.give.ups";
  /** Counter of calls refused for waiting too long, tagged {@code rule}. */
  public static final String REJECTIONS = "pacer.rejections";
  /** Counter of times a rule's keys started sharing its overflow bucket (the store was full), tagged {@code rule}. */
  public static final String OVERFLOWS = "pacer.buckets.overflows";
  /** Counter of circuit-breaker state changes, tagged {@code state}. */
  public static final String BREAKER_CHANGES = "pacer.circuit.changes";
  /** Counter of shared bucket store outages, tagged {@code reason}. */
  public static final String STORE_OUTAGES = "pacer.store.outages";
  /** Timer of shared bucket store outages, recorded when the store recovers; no extra tag. */
  public static final String STORE_DOWNTIME = "pacer.store.downtime";

  private final MeterRegistry registry;
  private final Tags commonTags;

  /** Records into {@code registry} with no extra tags. */
  public MicrometerPacerListener(MeterRegistry registry) {
    this(registry, Tags.empty());
  }

  /**
   * Records into {@code registry}, adding {@code commonTags} (for example the API's name) to
   * every meter. Common tags must not hold secrets.
   */
  public MicrometerPacerListener(MeterRegistry registry, Iterable<Tag> commonTags) {
    this.registry = Objects.requireNonNull(registry, "registry == null");
    this.commonTags = Tags.of(Objects.requireNonNull(commonTags, "commonTags == null"));
  }

  @Override
  public void waited(String endpoint, String rule, Duration wait) {
    Timer.builder(WAITS)
        .description("Time calls waited for a rate permit")
        .tags(commonTags)
        .tag("rule", orNone(rule))
        .register(registry)
        .record(wait);
  }

  @Override
  public void pausedByServer(String endpoint, String bucket, int status, Duration pause) {
    counter(SERVER_PAUSES, "Buckets paused because the server answered 429 or 503", "status", Integer.toString(status))
        .increment();
  }

  @Override
  public void pauseClipped(String endpoint, String bucket, Duration requested, Duration applied) {
    Counter.builder(PAUSES_CLIPPED)
        .description("Server pauses longer than maxPause, cut to it")
        .tags(commonTags)
        .register(registry)
        .increment();
  }

  @Override
  public void retrying(String endpoint, int attempt, Duration delay, String reason) {
    counter(RETRIES, "Failed attempts that Pacer retried", "reason", orNone(reason)).increment();
  }

  @Override
  public void gaveUp(String endpoint, int attempts, String reason) {
    counter(GIVE_UPS, "Calls that ended on an outcome Pacer did not retry", "reason", orNone(reason)).increment();
  }

  @Override
  public void rejected(String endpoint, String rule, Duration wait) {
    counter(REJECTIONS, "Calls refused because their wait exceeded maxWait", "rule", orNone(rule)).increment();
  }

  @Override
  public void bucketsOverflowing(String rule, boolean overflowing) {
    if (overflowing) counter(OVERFLOWS, "Times a rule's keys started sharing its overflow bucket", "rule", orNone(rule)).increment();
  }

  @Override
  public void circuitBreakerChanged(String host, String state) {
    counter(BREAKER_CHANGES, "Circuit-breaker state changes", "state", orNone(state)).increment();
  }

  @Override
  public void storeUnavailable(String store, String reason) {
    counter(STORE_OUTAGES, "Times a shared bucket store became unavailable", "reason", orNone(reason)).increment();
  }

  @Override
  public void storeRecovered(String store, Duration down) {
    Timer.builder(STORE_DOWNTIME)
        .description("How long shared bucket store outages lasted")
        .tags(commonTags)
        .register(registry)
        .record(down);
  }

  private Counter counter(String name, String description, String tagKey, String tagValue) {
    return Counter.builder(name)
        .description(description)
        .tags(commonTags)
        .tag(tagKey, tagValue)
        .register(registry);
  }

  private static String orNone(String value) {
    return value == null ? "none" : value;
  }

  @Override
  public String toString() {
    return "MicrometerPacerListener{" + registry.getClass().getSimpleName() + ", tags=" + commonTags + "}";
  }
}
