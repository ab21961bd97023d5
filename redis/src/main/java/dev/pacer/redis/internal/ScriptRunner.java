package dev.pacer.redis.internal;

import io.lettuce.core.ClientOptions;
import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisFuture;
import io.lettuce.core.RedisNoScriptException;
import io.lettuce.core.RedisURI;
import io.lettuce.core.ScriptOutputType;
import io.lettuce.core.SocketOptions;
import io.lettuce.core.TimeoutOptions;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.api.async.RedisAsyncCommands;
import io.lettuce.core.codec.StringCodec;
import io.lettuce.core.resource.ClientResources;
import io.lettuce.core.resource.Delay;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Runs the store's scripts (the bucket script, and the permit script for concurrency leases) on
 * one Lettuce connection: {@code EVALSHA}, with each script loaded once ({@code SCRIPT LOAD}) and
 * loaded again on {@code NOSCRIPT} (a restarted or flushed Redis), each call bounded by the
 * deadline. Thread-safe: Lettuce pipelines the calls of every thread on the one connection.
 */
public final class ScriptRunner implements AutoCloseable {
  /** Redis cannot answer now: the reason is a short fixed phrase, safe for events and metrics. */
  public static class Unavailable extends Exception {
    private static final long serialVersionUID = 1L;

    Unavailable(String reason) {
      super(reason, null, false, false);
    }
  }

  private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger("dev.pacer.redis");
  /** One Lua script: its text and SHA-1. Immutable. */
  public static final class Script {
    private final String text;
    private final String sha;

    private Script(String resource) {
      this.text = load(resource);
      this.sha = sha1Hex(text);
    }

    /** The script's text (for tests and docs). */
    public String text() {
      return text;
    }
  }

  /** Every bucket-store operation ({@code buckets.lua}). */
  public static final Script BUCKETS = new Script("buckets.lua");
  /** Concurrency leases: acquire, release, renew ({@code permits.lua}). */
  public static final Script PERMITS = new Script("permits.lua");

  private final ClientResources resources;
  private final RedisClient client;
  private final long deadlineNanos;
  private volatile StatefulRedisConnection<String, String> connection;

  /**
   * A runner for {@code uri}; connects lazily (a Redis down at start is not an error).
   *
   * @param deadline the bound of every call
   */
  public ScriptRunner(RedisURI uri, Duration deadline) {
    this.deadlineNanos = deadline.toNanos();
    this.resources = ClientResources.builder()
        .ioThreadPoolSize(2)
        .computationThreadPoolSize(2)
        .reconnectDelay(Delay.constant(Duration.ofMillis(100)))
        .build();
    // Lettuce's own timeout bounds the connection handshake and commands nobody waits for any
    // more; each call's deadline is enforced here, on its future.
    Duration slack = deadline.compareTo(Duration.ofSeconds(2)) > 0 ? deadline : Duration.ofSeconds(2);
    RedisURI bounded = RedisURI.builder(uri).withTimeout(slack).build();
    this.client = RedisClient.create(resources, bounded);
    Duration connect = deadline.compareTo(Duration.ofMillis(500)) > 0 ? deadline : Duration.ofMillis(500);
    client.setOptions(ClientOptions.builder()
        .autoReconnect(true)
        // While the connection is down, fail at once instead of queueing: the store falls back.
        .disconnectedBehavior(ClientOptions.DisconnectedBehavior.REJECT_COMMANDS)
        .socketOptions(SocketOptions.builder().connectTimeout(connect).build())
        .timeoutOptions(TimeoutOptions.enabled(slack))
        .build());
  }

  /** The bucket script's text (for tests and docs). */
  public static String script() {
    return BUCKETS.text;
  }

  /** Runs the script on {@code keys} and {@code args} within the deadline; a list of integers. */
  public List<Object> run(String[] keys, String[] args) throws Unavailable {
    return run(keys, args, deadlineNanos);
  }

  /**
   * Runs the script within {@code boundNanos} (the first call of a store, which also connects
   * and loads the script, gets longer than the deadline of a decision).
   */
  public List<Object> run(String[] keys, String[] args, long boundNanos) throws Unavailable {
    return run(BUCKETS, keys, args, boundNanos);
  }

  /** Runs {@code script} on {@code keys} and {@code args} within the deadline; a list of integers. */
  public List<Object> run(Script script, String[] keys, String[] args) throws Unavailable {
    return run(script, keys, args, deadlineNanos);
  }

  /** Runs {@code script} within {@code boundNanos}. */
  public List<Object> run(Script script, String[] keys, String[] args, long boundNanos) throws Unavailable {
    long start = System.nanoTime() - deadlineNanos + boundNanos; // await() measures against the deadline
    RedisAsyncCommands<String, String> async = commands(start);
    try {
      return await(async.evalsha(script.sha, ScriptOutputType.MULTI, keys, args), start);
    } catch (NoScript e) {
      await(async.scriptLoad(script.text), start);
      try {
        return await(async.evalsha(script.sha, ScriptOutputType.MULTI, keys, args), start);
      } catch (NoScript again) {
        throw new Unavailable("script not loaded");
      }
    }
  }

  /** {@code NOSCRIPT}: the script must be loaded (again). */
  private static final class NoScript extends Unavailable {
    private static final long serialVersionUID = 1L;

    NoScript() {
      super("NOSCRIPT");
    }
  }

  private RedisAsyncCommands<String, String> commands(long start) throws Unavailable {
    StatefulRedisConnection<String, String> c = connection;
    if (c == null) {
      synchronized (this) {
        c = connection;
        if (c == null) {
          try {
            c = client.connect(StringCodec.UTF8);
          } catch (RuntimeException e) {
            throw new Unavailable("connect failed: " + e.getClass().getSimpleName());
          }
          connection = c;
        }
      }
    }
    if (!c.isOpen()) throw new Unavailable("disconnected");
    return c.async();
  }

  private <T> T await(RedisFuture<T> future, long start) throws Unavailable {
    long left = deadlineNanos - (System.nanoTime() - start);
    try {
      return future.get(Math.max(0, left), TimeUnit.NANOSECONDS);
    } catch (TimeoutException e) {
      future.cancel(false);
      throw new Unavailable("timeout");
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new Unavailable("interrupted");
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof RedisNoScriptException) throw new NoScript();
      String m = cause == null ? null : cause.getMessage();
      if (m != null && m.startsWith("NOSCRIPT")) throw new NoScript();
      if (log.isDebugEnabled()) log.debug("Redis call failed", cause);
      throw new Unavailable(cause == null ? "error" : cause.getClass().getSimpleName());
    } catch (RuntimeException e) {
      throw new Unavailable(e.getClass().getSimpleName());
    }
  }

  @Override
  public void close() {
    StatefulRedisConnection<String, String> c = connection;
    if (c != null) c.close();
    client.shutdown(Duration.ZERO, Duration.ofSeconds(2));
    resources.shutdown(0, 2, TimeUnit.SECONDS);
  }

  private static String load(String resource) {
    try (InputStream in = ScriptRunner.class.getResourceAsStream(resource)) {
      if (in == null) throw new IllegalStateException(resource + " missing from pacer-redis");
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String sha1Hex(String text) {
    try {
      byte[] d = java.security.MessageDigest.getInstance("SHA-1").digest(text.getBytes(StandardCharsets.UTF_8));
      StringBuilder b = new StringBuilder(40);
      for (byte x : d) b.append(Character.forDigit((x >> 4) & 15, 16)).append(Character.forDigit(x & 15, 16));
      return b.toString();
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
