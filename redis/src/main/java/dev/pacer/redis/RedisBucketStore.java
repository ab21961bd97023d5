package dev.pacer.redis;

import dev.pacer.Pacer;
import dev.pacer.event.PacerListener;
import dev.pacer.redis.RedisStoreOptions.ClockSource;
import dev.pacer.redis.RedisStoreOptions.Fallback;
import dev.pacer.redis.internal.ScriptRunner;
import dev.pacer.store.Bucket;
import dev.pacer.store.BucketSpec;
import dev.pacer.store.BucketStore;
import dev.pacer.store.BucketTable;
import dev.pacer.store.PermitStore;
import dev.pacer.store.StoreUnavailableException;
import dev.pacer.store.Ticket;
import io.lettuce.core.RedisURI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A {@link BucketStore} in Redis, so every process on one API key spends one limit: what one
 * process books, and what the server told it (a 429's pause, a reported remaining, a learned
 * limit), governs every process at once.
 *
 * <pre>{@code
 * RedisBucketStore store = RedisBucketStore.create("redis://redis.internal:6379",
 *     RedisStoreOptions.builder().credentialHashKey(sharedSecret).build());
 * Pacer pacer = store.applyTo(Pacer.builder(policy)).build();
 * }</pre>
 *
 * <h2>One script call per operation</h2>
 * Each operation (reserve, confirm, give back, pause, reconcile, credit, respec) is one
 * {@code EVALSHA} of one Lua script, loaded once and loaded again on {@code NOSCRIPT}, atomic
 * over every bucket of the charge. A bucket is one Redis hash: its lanes' theoretical arrival
 * times (GCRA), a pause, a fixed-window credit, a learned spec, and a change counter whose value
 * after a booking is the ticket's token. Reserve books every bucket of the charge at once.
 * Confirm is a round trip only for a call that waited (a pause since booking voids it); a call
 * that goes at once is confirmed locally.
 *
 * <h2>Time</h2>
 * By default the script decides on Redis' {@code TIME}, so processes whose clocks differ agree;
 * waits come back as durations and go onto each engine's clock. Instants the engine passes
 * without a "now" (a pause's end, a reset) are translated with the offset between the engine's
 * clock and Redis' (learned from the quickest recent round trip). A call that waits goes at the
 * instant Redis booked for it, translated the same way, so a slow answer does not make it late
 * and crowd the calls after it. {@link ClockSource#CALLER} decides on the engine's
 * clock instead (tests on a virtual clock).
 *
 * <h2>Keys</h2>
 * {@code prefix + "{" + hashTag + "}:" + rule + "|" + scope + suffix}: the scope is what the
 * engine made of it (a credential is an HMAC under the {@code Pacer}'s credential hash key, never
 * the credential or its plain hash). Every key of a store shares the hash tag, so it lives in one
 * Redis Cluster slot and a charge over several rules and scopes is one atomic script. Each write
 * sets the key's expiry to its latest future instant plus the idle expiry, so idle buckets
 * vanish and Redis memory is bounded by live buckets.
 *
 * <h2>Concurrency caps</h2>
 * {@link #permitStore()} counts concurrency caps across processes with leases in the same Redis
 * (a sorted set per cap, {@code prefix{hashTag}:cap:} and the cap's key), renewed by this store's
 * probe thread and expiring one {@link RedisStoreOptions#leaseDuration()} after a holder dies;
 * {@link #applyTo} sets it on the {@code Pacer} with the store.
 *
 * <h2>When Redis cannot answer</h2>
 * Every call is bounded by {@link RedisStoreOptions#deadline()}. A call that misses it, or fails,
 * marks the store unavailable (reported once to every attached listener as
 * {@link PacerListener#storeUnavailable}); from then on decisions do not touch Redis but follow
 * the {@link Fallback}: by default a local in-memory store whose every limit is divided among
 * the instances, so the processes together stay within the limit; or failing calls with
 * {@link StoreUnavailableException}. A daemon thread probes Redis every
 * {@link RedisStoreOptions#probeInterval()} and, once it answers, the store uses it again and
 * reports {@link PacerListener#storeRecovered}. A ticket keeps the mode it was reserved in: a
 * ticket reserved on the local share is confirmed and given back there even after Redis is
 * back; a ticket reserved in Redis and confirmed during an outage goes (its booking is in Redis),
 * and giving it back during an outage leaves it spent (slower, never faster). A call Redis
 * received but answered too late stays booked there: the store is then slower, never faster.
 *
 * <p>Thread-safe. Close it to stop the probe thread and the connection.
 */
public final class RedisBucketStore implements BucketStore {
  private static final Logger log = LoggerFactory.getLogger("dev.pacer.redis");
  private static final long NANOS_PER_MS = 1_000_000L;

  private final RedisStoreOptions options;
  private final ScriptRunner runner;
  private final String name;
  private final String keyBase;
  private final boolean redisTime;
  /** Store units per nanosecond divisor: 1000 (microseconds, Redis TIME) or 1 (caller nanoseconds). */
  private final long unitNanos;
  private final String perMs;
  private final CopyOnWriteArrayList<PacerListener> listeners = new CopyOnWriteArrayList<>();
  private final CopyOnWriteArrayList<Table> tables = new CopyOnWriteArrayList<>();
  private final AtomicInteger handles = new AtomicInteger();
  private final BucketStore local;
  private final ScheduledExecutorService probe;
  private final String instanceId = UUID.randomUUID().toString();
  private final RedisPermitStore permits;
  private final String fingerprint;
  private final AtomicBoolean down = new AtomicBoolean();
  private volatile long downSince;
  private volatile long lastHeartbeat = Long.MIN_VALUE / 2;
  private volatile int learnedInstances = 1;
  /** Redis time minus engine time, in nanoseconds, from the quickest recent reserve (REDIS_TIME only). */
  private volatile long offsetNanos;
  private volatile boolean offsetKnown;
  private final Object offsetLock = new Object();
  private long bestTripNanos;
  private long bestTripAt;
  private volatile boolean closed;

  private RedisBucketStore(RedisURI uri, RedisStoreOptions options) {
    this.options = options;
    this.name = options.name() != null ? options.name() : "redis " + uri.getHost() + ":" + uri.getPort();
    this.keyBase = options.keyPrefix() + "{" + options.hashTag() + "}:";
    this.redisTime = options.clock() == ClockSource.REDIS_TIME;
    this.unitNanos = redisTime ? 1000L : 1L;
    this.perMs = Long.toString(NANOS_PER_MS / unitNanos);
    this.local = BucketStore.inMemory(options.maxHandles());
    this.fingerprint = fingerprint(options.credentialHashKey());
    this.runner = new ScriptRunner(uri, options.deadline());
    this.permits = new RedisPermitStore(this, runner, keyBase, instanceId);
    this.probe = Executors.newSingleThreadScheduledExecutor(r -> {
      Thread t = new Thread(r, "pacer-redis-probe");
      t.setDaemon(true);
      return t;
    });
  }

  /**
   * A store on the Redis at {@code uri} ({@code redis://host:port}, {@code rediss://...} for
   * TLS; a password in the URI is used to connect and never shown). Connects at once; if Redis
   * does not answer, the store starts on its fallback and keeps probing.
   *
   * @throws IllegalStateException when live instances under the same prefix use a different
   *     credential hash key (their buckets would never meet)
   */
  public static RedisBucketStore create(String uri, RedisStoreOptions options) {
    Objects.requireNonNull(uri, "uri == null");
    return create(RedisURI.create(uri), options);
  }

  /** A store on the Redis at {@code uri}; see {@link #create(String, RedisStoreOptions)}. */
  public static RedisBucketStore create(RedisURI uri, RedisStoreOptions options) {
    Objects.requireNonNull(uri, "uri == null");
    Objects.requireNonNull(options, "options == null");
    RedisBucketStore store = new RedisBucketStore(uri, options);
    try {
      store.start();
    } catch (RuntimeException e) {
      store.close();
      throw e;
    }
    return store;
  }

  private void start() {
    try {
      heartbeat(Math.max(options.deadline().toNanos(), TimeUnit.SECONDS.toNanos(2)));
    } catch (ScriptRunner.Unavailable e) {
      markDown(e.getMessage());
    }
    long every = Math.min(options.probeInterval().toMillis(), options.heartbeatInterval().toMillis());
    probe.scheduleWithFixedDelay(this::tick, every, every, TimeUnit.MILLISECONDS);
    long renewEvery = Math.max(10, options.leaseDuration().toMillis() / 3);
    probe.scheduleWithFixedDelay(this::renewLeases, renewEvery, renewEvery, TimeUnit.MILLISECONDS);
  }

  /** The probe thread's renewal of every concurrency lease this process holds. */
  private void renewLeases() {
    if (closed) return;
    try {
      permits.renew();
    } catch (RuntimeException e) {
      log.warn("Redis store {} lease renewal failed", name, e);
    }
  }

  /**
   * Sets this store and, when the options carry one, the credential hash key on {@code builder}:
   * the way to wire a {@code Pacer} that shares Redis with other processes, since they must all
   * hash credentials with the same key. Works as a {@code Consumer<Pacer.Builder>} for typed
   * clients: {@code EsputnikClient.builder().pacer(store::applyTo)}.
   *
   * @throws IllegalStateException when the options set no credential hash key
   */
  public Pacer.Builder applyTo(Pacer.Builder builder) {
    byte[] key = options.credentialHashKey();
    if (key == null) {
      throw new IllegalStateException("RedisStoreOptions.credentialHashKey is not set: every process sharing "
          + name + " must hash credentials with the same secret key, or their buckets never meet");
    }
    return builder.store(this).permitStore(permits).credentialHashKey(key);
  }

  /**
   * Concurrency caps shared through this store's Redis: {@link #applyTo} sets it on the
   * {@code Pacer} (or pass it to {@code Pacer.Builder.permitStore} yourself). Each cap
   * ({@code Rule.maxConcurrent}) is a sorted set of leases under this store's prefix and hash
   * tag; taking a permit of every cap of a call is one script call, all or none, and so is
   * giving them back. While a lease is held, this store's probe thread renews it every third of
   * {@link RedisStoreOptions#leaseDuration()} (default 30 s); a process that dies holding
   * leases strands them for at most one lease length. While Redis cannot answer, each process
   * keeps its share of each cap ({@code max / instances}, at least 1), or fails calls when the
   * store fails closed; when Redis answers again, new calls take leases there and the leases
   * granted meanwhile are renewed there too. Closing this store closes it.
   */
  public PermitStore permitStore() {
    return permits;
  }

  /** The store's name in events: {@code redis host:port} unless the options named it. */
  public String name() {
    return name;
  }

  /** True while Redis is unavailable and decisions follow the fallback. */
  public boolean isUnavailable() {
    return down.get();
  }

  /** How many live instances the store last counted in Redis (at least 1). */
  public int liveInstances() {
    return learnedInstances;
  }

  @Override
  public void attach(PacerListener listener) {
    listeners.addIfAbsent(Objects.requireNonNull(listener, "listener == null"));
  }

  // ------------------------------------------------------------------------- tables and handles

  /** Tables hold handles only; their buckets' state is in Redis. */
  @Override
  public BucketTable table(BucketSpec spec, String keyPrefix, String keySuffix) {
    Table table = new Table(spec, keyPrefix, keySuffix);
    tables.add(table);
    return table;
  }

  /** The bucket handles cached in this process (bounded by {@link RedisStoreOptions#maxHandles()}), not Redis' keys. */
  @Override
  public int size() {
    return handles.get();
  }

  // ------------------------------------------------------------------------- reserve and confirm

  @Override
  public boolean reserve(Ticket ticket, long nowNanos, long limitNanos) {
    int n = ticket.size();
    if (n == 0) {
      ticket.schedule(nowNanos, 0, -1);
      return true;
    }
    if (down.get()) return fallbackReserve(ticket, nowNanos, limitNanos);
    String[] keys = new String[n];
    StringList args = new StringList(8 + n * 8);
    head(args, "R", nowNanos, limitNanos <= 0 ? 0 : limitNanos / unitNanos, 0);
    for (int i = 0; i < n; i++) {
      Handle h = handle(ticket.bucket(i));
      keys[i] = h.redisKey;
      block(args, h, 0, h.spec());
    }
    List<Object> r;
    long sent = System.nanoTime();
    try {
      r = runner.run(keys, args.toArray());
    } catch (ScriptRunner.Unavailable e) {
      markDown(e.getMessage());
      return fallbackReserve(ticket, nowNanos, limitNanos);
    }
    long storeNow = num(r, 3);
    long wait = num(r, 1) * unitNanos;
    if (redisTime) {
      long offset = observeOffset(storeNow, nowNanos, System.nanoTime() - sent);
      if (num(r, 0) == 1 && wait > 0) {
        // Go at the instant Redis booked, on this engine's clock: a call whose answer was slow
        // does not leave late and crowd the next ones (the server counts arrivals).
        long goAt = (storeNow * unitNanos + wait) - offset;
        wait = Math.max(0, goAt - nowNanos);
      }
    }
    int limiting = (int) num(r, 2);
    if (num(r, 0) == 0) {
      ticket.schedule(nowNanos + wait, wait, limiting);
      return false;
    }
    for (int i = 0; i < n; i++) ticket.booked(i, num(r, 4 + i));
    ticket.schedule(nowNanos + wait, wait, limiting);
    return true;
  }

  @Override
  public boolean confirm(Ticket ticket, long nowNanos) {
    int n = ticket.size();
    if (n == 0) return true;
    if (ticket.bucket(0) instanceof LocalBooking) return local.confirm(localTicket(ticket), nowNanos);
    if (down.get()) {
      if (options.fallback() == Fallback.FAIL_CLOSED) throw new StoreUnavailableException(name, "unavailable");
      return true; // booked in Redis before the outage
    }
    // A call that went at once: a pause arriving meanwhile is indistinguishable from one just after sending.
    if (ticket.waitNanos() == 0) return true;
    String[] keys = new String[n];
    StringList args = new StringList(8 + n * 8);
    head(args, "C", nowNanos, 0, 0);
    for (int i = 0; i < n; i++) {
      Handle h = handle(ticket.bucket(i));
      keys[i] = h.redisKey;
      block(args, h, 0, h.spec());
    }
    try {
      return num(runner.run(keys, args.toArray()), 0) == 1;
    } catch (ScriptRunner.Unavailable e) {
      markDown(e.getMessage());
      if (options.fallback() == Fallback.FAIL_CLOSED) throw new StoreUnavailableException(name, e.getMessage());
      return true;
    }
  }

  @Override
  public void giveBack(Ticket ticket) {
    if (!ticket.holdsBookings()) return;
    int n = ticket.size();
    if (ticket.bucket(0) instanceof LocalBooking) {
      Ticket lt = localTicket(ticket);
      local.giveBack(lt);
      for (int i = 0; i < n; i++) ticket.released(i);
      return;
    }
    String[] keys = new String[n];
    StringList args = new StringList(8 + n * 8);
    head(args, "G", 0, 0, 0);
    for (int i = 0; i < n; i++) {
      Handle h = handle(ticket.bucket(i));
      keys[i] = h.redisKey;
      block(args, h, ticket.isBooked(i) ? ticket.token(i) : 0, h.spec());
      ticket.released(i);
    }
    if (down.get()) return; // stays spent in Redis: slower, never faster
    try {
      runner.run(keys, args.toArray());
    } catch (ScriptRunner.Unavailable e) {
      markDown(e.getMessage());
    }
  }

  // ------------------------------------------------------------------------- what the server said

  @Override
  public void pause(Bucket bucket, long untilNanos) {
    Handle h = handle(bucket);
    // Also on the local share, so a fallback starting soon still honours it.
    Bucket l = h.table.local(h.scope, h.keep, untilNanos);
    local.pause(l, untilNanos);
    if (down.get()) return;
    StringList args = new StringList(16);
    head(args, "P", 0, toStore(untilNanos), 0);
    block(args, h, 0, h.spec());
    run1(h, args);
  }

  @Override
  public void reconcile(Ticket ticket, int index, long remaining, long resetAtNanos) {
    if (ticket.bucket(index) instanceof LocalBooking) {
      local.reconcile(localTicket(ticket), index, remaining, resetAtNanos);
      return;
    }
    if (down.get()) return;
    Handle h = handle(ticket.bucket(index));
    StringList args = new StringList(16);
    head(args, "K", 0, remaining, toStore(resetAtNanos));
    block(args, h, ticket.isBooked(index) ? ticket.token(index) : 0, h.spec());
    run1(h, args);
  }

  @Override
  public void credit(Ticket ticket, int index, long remaining, long resetAtNanos, long nowNanos) {
    if (!options.spendReportedRemaining()) { // brake only: see RedisStoreOptions.Builder#spendReportedRemaining
      reconcile(ticket, index, remaining, resetAtNanos);
      return;
    }
    if (ticket.bucket(index) instanceof LocalBooking) {
      local.credit(localTicket(ticket), index, remaining, resetAtNanos, nowNanos);
      return;
    }
    if (down.get()) return;
    Handle h = handle(ticket.bucket(index));
    StringList args = new StringList(16);
    long reset = redisTime ? toStore(resetAtNanos) : resetAtNanos;
    head(args, "X", nowNanos, remaining, reset);
    block(args, h, ticket.isBooked(index) ? ticket.token(index) : 0, h.spec());
    run1(h, args);
  }

  @Override
  public void respec(Bucket bucket, BucketSpec spec) {
    Handle h = handle(bucket);
    if (spec.lanes() != h.table.spec.lanes()) throw new IllegalArgumentException("a learned spec keeps the rule's lanes");
    boolean learned = !spec.equals(h.table.spec);
    h.learned = learned ? spec : null;
    if (down.get()) return;
    StringList args = new StringList(16);
    head(args, "S", 0, learned ? 1 : 0, 0);
    block(args, h, 0, spec);
    run1(h, args);
  }

  private void run1(Handle h, StringList args) {
    try {
      runner.run(new String[] {h.redisKey}, args.toArray());
    } catch (ScriptRunner.Unavailable e) {
      markDown(e.getMessage());
    }
  }

  // ------------------------------------------------------------------------- script arguments

  private void head(StringList args, String op, long nowNanos, long a, long b) {
    args.add(op);
    args.add(redisTime ? "" : Long.toString(nowNanos));
    args.add(perMs);
    args.add(Long.toString(a));
    args.add(Long.toString(b));
  }

  /** One bucket's block: lanes, shortest lane, idle expiry, token, then interval and tolerance per lane. */
  private void block(StringList args, Handle h, long token, BucketSpec spec) {
    int lanes = spec.lanes();
    args.add(Integer.toString(lanes));
    args.add(Integer.toString(spec.shortestLane() + 1));
    args.add(Long.toString(h.table.idleMs));
    args.add(Long.toString(token));
    for (int k = 0; k < lanes; k++) {
      long iv = spec.intervalNanos(k);
      args.add(Long.toString(-Math.floorDiv(-iv, unitNanos))); // rounded up: never faster
      args.add(Long.toString(spec.toleranceNanos(k) / unitNanos)); // rounded down: never burstier
    }
  }

  /**
   * Learns Redis' clock minus the engine's from a call that took {@code tripNanos}: Redis read
   * {@code TIME} within the trip, so the estimate is off by at most half of it. The estimate in
   * use is the one with the least possible error, counting half its trip plus what the two clocks
   * may have drifted apart since (allowed 100 ppm): so a slow trip (a busy machine) never replaces
   * a precise estimate, and every process sends its calls at the instants Redis booked, give or
   * take a fraction of a millisecond. Returns the estimate in use.
   */
  private long observeOffset(long storeNow, long nowNanos, long tripNanos) {
    long estimate = storeNow * unitNanos - (nowNanos + tripNanos / 2);
    long at = System.nanoTime();
    synchronized (offsetLock) {
      long heldError = bestTripNanos / 2 + (at - bestTripAt) / 10_000;
      if (!offsetKnown || tripNanos / 2 <= heldError) {
        offsetNanos = estimate;
        bestTripNanos = tripNanos;
        bestTripAt = at;
        offsetKnown = true;
      }
      return offsetNanos;
    }
  }

  /** An engine instant as a store instant (rounded up: a pause or reset never ends early). */
  private long toStore(long engineNanos) {
    if (!redisTime) return engineNanos;
    long offset = offsetKnown ? offsetNanos : offsetFromSystem();
    return -Math.floorDiv(-(engineNanos + offset), unitNanos);
  }

  /** Before any reserve: assume the engine runs on the system clock, and Redis' clock on wall time. */
  private static long offsetFromSystem() {
    long wallMicros = System.currentTimeMillis() * 1000L - 1_700_000_000_000_000L;
    return wallMicros * 1000L - System.nanoTime();
  }

  private static long num(List<Object> r, int i) {
    return ((Number) r.get(i)).longValue();
  }

  private Handle handle(Bucket b) {
    if (b instanceof LocalBooking) return ((LocalBooking) b).origin;
    if (b instanceof Handle) return (Handle) b;
    throw new IllegalArgumentException("not a bucket of this store: " + b.key());
  }

  // ------------------------------------------------------------------------- fallback

  private boolean fallbackReserve(Ticket ticket, long nowNanos, long limitNanos) {
    if (options.fallback() == Fallback.FAIL_CLOSED) throw new StoreUnavailableException(name, "unavailable");
    int n = ticket.size();
    Bucket[] locals = new Bucket[n];
    Handle[] origins = new Handle[n];
    for (int i = 0; i < n; i++) {
      origins[i] = handle(ticket.bucket(i));
      locals[i] = origins[i].table.local(origins[i].scope, origins[i].keep, nowNanos);
    }
    Ticket lt = new Ticket();
    lt.load(locals, n);
    boolean booked = local.reserve(lt, nowNanos, limitNanos);
    for (int i = 0; i < n; i++) {
      ticket.replace(i, new LocalBooking(origins[i], lt.bucket(i)));
      if (lt.isBooked(i)) ticket.booked(i, lt.token(i));
    }
    ticket.schedule(lt.goAtNanos(), lt.waitNanos(), lt.limitingIndex());
    return booked;
  }

  /** The local twin of a ticket reserved on the fallback; what the local store did is copied back. */
  private Ticket localTicket(Ticket ticket) {
    int n = ticket.size();
    Bucket[] locals = new Bucket[n];
    for (int i = 0; i < n; i++) {
      Bucket b = ticket.bucket(i);
      locals[i] = b instanceof LocalBooking ? ((LocalBooking) b).local : handle(b).table.local(handle(b).scope, false, 0);
    }
    Ticket lt = new Ticket();
    lt.load(locals, n);
    for (int i = 0; i < n; i++) if (ticket.isBooked(i)) lt.booked(i, ticket.token(i));
    lt.schedule(ticket.goAtNanos(), ticket.waitNanos(), ticket.limitingIndex());
    return lt;
  }

  /** The instances the fallback divides limits among. */
  int fallbackInstances() {
    return options.instances() > 0 ? options.instances() : Math.max(1, learnedInstances);
  }

  // ------------------------------------------------------------------------- health

  /** The options the store was made with. */
  RedisStoreOptions options() {
    return options;
  }

  /** Redis missed a deadline or failed: decisions follow the fallback until the probe reaches it. */
  void markDown(String reason) {
    if (closed || !down.compareAndSet(false, true)) return;
    downSince = System.nanoTime();
    log.warn("Redis store {} unavailable ({}): deciding on the {} fallback until it answers", name, reason, options.fallback());
    for (PacerListener l : listeners) {
      try {
        l.storeUnavailable(name, reason);
      } catch (RuntimeException e) {
        log.warn("PacerListener.storeUnavailable threw", e);
      }
    }
  }

  private void markUp() {
    if (!down.compareAndSet(true, false)) return;
    Duration was = Duration.ofNanos(System.nanoTime() - downSince);
    log.info("Redis store {} answers again after {} ms", name, was.toMillis());
    for (PacerListener l : listeners) {
      try {
        l.storeRecovered(name, was);
      } catch (RuntimeException e) {
        log.warn("PacerListener.storeRecovered threw", e);
      }
    }
  }

  /** The probe thread's step: while down, probe; while up, a heartbeat every heartbeatInterval. */
  private void tick() {
    if (closed) return;
    try {
      if (down.get()) {
        heartbeat();
        markUp();
        permits.renew(); // leases granted meanwhile count in Redis from now on
      } else if (System.nanoTime() - lastHeartbeat >= options.heartbeatInterval().toNanos()) {
        heartbeat();
      }
    } catch (ScriptRunner.Unavailable e) {
      markDown(e.getMessage());
    } catch (RuntimeException e) {
      log.warn("Redis store {} probe failed", name, e);
    }
  }

  /** Tells Redis this instance is alive, counts the live ones, and checks the credential key's fingerprint. */
  private void heartbeat() throws ScriptRunner.Unavailable {
    heartbeat(options.deadline().toNanos());
  }

  private void heartbeat(long boundNanos) throws ScriptRunner.Unavailable {
    long window = 3 * options.heartbeatInterval().toMillis();
    String[] args = {"H", "", "1000", Long.toString(window), "0", instanceId, fingerprint};
    List<Object> r = runner.run(new String[] {keyBase + "instances", keyBase + "fingerprint"}, args, boundNanos);
    lastHeartbeat = System.nanoTime();
    long count = num(r, 0);
    if (count < 0) {
      String m = "live instances sharing " + name + " under prefix " + keyBase
          + " use a different credential hash key: their buckets would never meet this one's";
      log.error(m);
      if (!started) throw new IllegalStateException(m);
      return;
    }
    learnedInstances = (int) Math.max(1, Math.min(Integer.MAX_VALUE, count));
    started = true;
  }

  private volatile boolean started;

  private static String fingerprint(byte[] key) {
    if (key == null) return "";
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(key, "HmacSHA256"));
      byte[] d = mac.doFinal("pacer-redis credential hash key fingerprint".getBytes(StandardCharsets.UTF_8));
      StringBuilder b = new StringBuilder();
      for (int i = 0; i < 16; i++) b.append(Character.forDigit((d[i] >> 4) & 15, 16)).append(Character.forDigit(d[i] & 15, 16));
      return b.toString();
    } catch (java.security.GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  @Override
  public void close() {
    if (closed) return;
    closed = true;
    probe.shutdownNow();
    try {
      probe.awaitTermination(2, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    runner.close();
  }

  @Override
  public String toString() {
    return "RedisBucketStore{" + name + ", " + keyBase + (down.get() ? ", unavailable" : "") + "}";
  }

  // ------------------------------------------------------------------------- tables

  /** One rule's buckets: handles only (the state is in Redis), and the rule's local share. */
  private final class Table implements BucketTable {
    final BucketSpec spec;
    final String keyPrefix;
    final String keySuffix;
    final long idleMs;
    private final ConcurrentHashMap<String, Handle> cache = new ConcurrentHashMap<>();
    private volatile Share share;

    Table(BucketSpec spec, String keyPrefix, String keySuffix) {
      this.spec = spec;
      this.keyPrefix = keyPrefix;
      this.keySuffix = keySuffix;
      long maxTolerance = 0;
      for (int k = 0; k < spec.lanes(); k++) maxTolerance = Math.max(maxTolerance, spec.toleranceNanos(k));
      this.idleMs = options.idleExpiry() != null
          ? options.idleExpiry().toMillis()
          : (spec.longestPeriodNanos() + maxTolerance) / NANOS_PER_MS + 1000;
    }

    @Override
    public BucketSpec spec() {
      return spec;
    }

    @Override
    public Bucket find(String scope) {
      return cache.get(scope);
    }

    @Override
    public Bucket bucket(String scope, boolean keep, long nowNanos) {
      Handle h = cache.get(scope);
      if (h != null) return h;
      if (handles.get() >= options.maxHandles()) trim();
      h = new Handle(this, scope, keep);
      Handle raced = cache.putIfAbsent(scope, h);
      if (raced != null) return raced;
      handles.incrementAndGet();
      return h;
    }

    /** The local share's bucket for {@code scope}, made on first use. */
    Bucket local(String scope, boolean keep, long nowNanos) {
      int instances = fallbackInstances();
      Share s = share;
      if (s == null || s.instances != instances) {
        synchronized (this) {
          s = share;
          if (s == null || s.instances != instances) {
            s = new Share(instances, RedisBucketStore.this.local.table(spec.dividedAmong(instances), keyPrefix, keySuffix));
            share = s;
          }
        }
      }
      return s.table.bucket(scope, keep, nowNanos);
    }
  }

  /** Drops cached handles that are not kept (they hold no state: dropping changes nothing). */
  private void trim() {
    for (Table t : tables) {
      t.cache.values().removeIf(h -> {
        if (h.keep) return false;
        handles.decrementAndGet();
        return true;
      });
    }
  }

  /** The local store's table for one instance count. */
  private static final class Share {
    final int instances;
    final BucketTable table;

    Share(int instances, BucketTable table) {
      this.instances = instances;
      this.table = table;
    }
  }

  /** A handle to one bucket in Redis: its key, nothing else. */
  private final class Handle implements Bucket {
    final Table table;
    final String scope;
    final boolean keep;
    final String redisKey;
    volatile BucketSpec learned;

    Handle(Table table, String scope, boolean keep) {
      this.table = table;
      this.scope = scope;
      this.keep = keep;
      this.redisKey = keyBase + table.keyPrefix + scope + table.keySuffix;
    }

    @Override
    public String key() {
      return table.keyPrefix + scope + table.keySuffix;
    }

    @Override
    public BucketSpec spec() {
      BucketSpec l = learned;
      return l != null ? l : table.spec;
    }

    /** The same bucket as this handle, or as a local booking of it (the engine may key maps by bucket). */
    @Override
    public boolean equals(Object o) {
      return o == this || (o instanceof LocalBooking && ((LocalBooking) o).origin == this);
    }

    @Override
    public int hashCode() {
      return System.identityHashCode(this);
    }

    @Override
    public String toString() {
      return key();
    }
  }

  /**
   * A ticket's bucket reserved on the local share: confirmed and given back there. Equal to its
   * origin handle, so the engine sees the same bucket in either mode.
   */
  private static final class LocalBooking implements Bucket {
    final Handle origin;
    final Bucket local;

    LocalBooking(Handle origin, Bucket local) {
      this.origin = origin;
      this.local = local;
    }

    @Override
    public String key() {
      return origin.key();
    }

    @Override
    public BucketSpec spec() {
      return origin.spec();
    }

    @Override
    public boolean equals(Object o) {
      return o == this || o == origin || (o instanceof LocalBooking && ((LocalBooking) o).origin == origin);
    }

    @Override
    public int hashCode() {
      return origin.hashCode();
    }

    @Override
    public String toString() {
      return key() + " (local share)";
    }
  }

  /** A growable array of script arguments. */
  private static final class StringList {
    private String[] items;
    private int size;

    StringList(int capacity) {
      items = new String[capacity];
    }

    void add(String s) {
      if (size == items.length) items = java.util.Arrays.copyOf(items, size * 2);
      items[size++] = s;
    }

    String[] toArray() {
      return java.util.Arrays.copyOf(items, size);
    }
  }
}
