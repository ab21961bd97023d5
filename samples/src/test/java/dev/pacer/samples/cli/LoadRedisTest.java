package dev.pacer.samples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.pacer.testkit.VendorProfile;
import dev.pacer.testkit.VendorSandbox;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import redis.embedded.RedisServer;

/**
 * {@code pacer load --redis}: two loads at once on one Redis share eSputnik's limit and print
 * the same JSON line as without Redis; without the shared secret in the environment the tool
 * refuses with exit code 2. A real redis-server on loopback.
 */
final class LoadRedisTest {
  private static final String SECRET = "a secret of the load test, 32 b";
  private static RedisServer redis;
  private static int port;

  @BeforeAll
  static void startRedis() throws IOException {
    try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      port = s.getLocalPort();
    }
    redis = RedisServer.newRedisServer().port(port).bind("127.0.0.1")
        .setting("save \"\"").setting("appendonly no").onShutdownForceStop(true).build();
    redis.start();
  }

  @AfterAll
  static void stopRedis() throws IOException {
    redis.stop();
  }

  private record Run(int exitCode, String out, String err) {}

  private static Run load(Map<String, String> env, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cli = PacerCli.commandLine();
    cli.setOut(new PrintWriter(out, true));
    cli.setErr(new PrintWriter(err, true));
    LoadCommand command = cli.getSubcommands().get("load").getCommand();
    command.environment = env::get;
    String[] all = new String[args.length + 1];
    all[0] = "load";
    System.arraycopy(args, 0, all, 1, args.length);
    return new Run(cli.execute(all), out.toString(), err.toString());
  }

  @Test
  void twoLoadsOnOneRedisShareTheLimitAndPrintTheUsualJsonLine() throws Exception {
    try (VendorSandbox sandbox = VendorSandbox.builder(VendorProfile.esputnik()).start()) {
      ExecutorService two = Executors.newFixedThreadPool(2);
      List<Future<Run>> runs = new ArrayList<>();
      for (int i = 0; i < 2; i++) {
        runs.add(two.submit(() -> load(Map.of("PACER_CREDENTIAL_HASH_KEY", SECRET),
            "--vendor", "esputnik", "--base-url", sandbox.baseUrl().toString(),
            "--op", "GET /v1/contacts?maxrows=1 100", "--threads", "8", "--token", "load-test-token",
            "--redis", "redis://127.0.0.1:" + port)));
      }
      for (Future<Run> f : runs) {
        Run run = f.get(60, TimeUnit.SECONDS);
        assertEquals(0, run.exitCode(), run.err());
        JsonNode json = new ObjectMapper().readTree(run.out().trim());
        assertEquals(100, json.get("sent").asLong());
        assertEquals(100, json.get("ok").asLong(), run.out());
        assertEquals(0, json.get("status429").asLong(), run.out());
      }
      two.shutdown();
      assertEquals(0, sandbox.stats().count429(), sandbox.stats().toString());
      assertTrue(sandbox.stats().maxAdmittedInAnyWindow("GET /api/v1/contacts") <= 50, sandbox.stats().toString());
    }
  }

  @Test
  void redisWithoutTheSharedSecretIsRefusedWithExitCode2() {
    Run run = load(Map.of(), "--vendor", "esputnik", "--base-url", "http://127.0.0.1:1/api/",
        "--op", "GET /v1/contacts 1", "--redis", "redis://127.0.0.1:" + port);
    assertEquals(2, run.exitCode());
    assertTrue(run.err().contains("PACER_CREDENTIAL_HASH_KEY"), run.err());
  }

  static {
    // Fail early and clearly if the port helper breaks.
    if (InetAddress.getLoopbackAddress() == null) throw new UncheckedIOException(new IOException("no loopback"));
  }
}
