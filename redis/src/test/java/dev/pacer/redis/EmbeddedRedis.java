package dev.pacer.redis;

import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisURI;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.api.sync.RedisCommands;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import redis.embedded.RedisServer;

/**
 * A real redis-server (6.2, from the embedded-redis artifact) on 127.0.0.1 and a free port, with
 * no persistence, for one test class: register it as a static {@code @RegisterExtension} field.
 * It stops in {@code @AfterAll}, and a shutdown hook stops it if the JVM ends first, so no
 * server outlives the tests. {@link #stop()} and {@link #start()} in a test simulate an outage
 * (same port).
 */
final class EmbeddedRedis implements BeforeAllCallback, AfterAllCallback {
  private final int port = freePort();
  private RedisServer server;
  private Thread hook;
  private final List<RedisClient> admins = new ArrayList<>();

  @Override
  public void beforeAll(ExtensionContext context) {
    start();
  }

  @Override
  public void afterAll(ExtensionContext context) {
    for (RedisClient c : admins) c.shutdown(Duration.ZERO, Duration.ofSeconds(1));
    admins.clear();
    stop();
  }

  /** Starts the server (again) on this port. */
  synchronized void start() {
    try {
      server = RedisServer.newRedisServer()
          .port(port)
          .bind("127.0.0.1")
          .setting("save \"\"")
          .setting("appendonly no")
          .onShutdownForceStop(true)
          .build();
      server.start();
    } catch (IOException e) {
      throw new UncheckedIOException("could not start redis-server on port " + port, e);
    }
    if (hook == null) {
      hook = new Thread(this::stopQuietly, "embedded-redis-stop");
      Runtime.getRuntime().addShutdownHook(hook);
    }
  }

  /** Stops the server (the port stays this one's). */
  synchronized void stop() {
    if (server != null && server.isActive()) {
      try {
        server.stop();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  /** True while the server runs. */
  synchronized boolean isRunning() {
    return server != null && server.isActive();
  }

  private void stopQuietly() {
    try {
      stop();
    } catch (RuntimeException e) {
      // the JVM is ending
    }
  }

  int port() {
    return port;
  }

  /** {@code redis://127.0.0.1:port}. */
  String uri() {
    return "redis://127.0.0.1:" + port;
  }

  /** A synchronous connection for the test's own checks (KEYS, CLIENT PAUSE, FLUSHALL). */
  RedisCommands<String, String> admin() {
    RedisClient client = RedisClient.create(RedisURI.create(uri()));
    admins.add(client);
    StatefulRedisConnection<String, String> c = client.connect();
    return c.sync();
  }

  private static int freePort() {
    try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return s.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
