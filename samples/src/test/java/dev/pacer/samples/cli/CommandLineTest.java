package dev.pacer.samples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.pacer.esputnik.EsputnikPolicy;
import dev.pacer.policy.Rule;
import dev.pacer.testkit.LoggedRequest;
import dev.pacer.testkit.VendorSandbox;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** The {@code pacer} tool run in-process, as a user would run it, with its output captured. */
final class CommandLineTest {
  private static final String TOKEN_1 = "tok-3fa9c1-secret";
  private static final String TOKEN_2 = "tok-77b2e0-secret";

  private Thread sandboxThread;
  private CompletableFuture<Integer> sandboxExit;

  /** What one run printed, and its exit code. */
  private record Run(int exitCode, String out, String err) {}

  private static Run pacer(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cli = PacerCli.commandLine();
    cli.setOut(new PrintWriter(out, true));
    cli.setErr(new PrintWriter(err, true));
    int code = cli.execute(args);
    return new Run(code, out.toString(), err.toString());
  }

  /** Runs {@code pacer sandbox <vendor>} on a thread, as a user runs it in another terminal. */
  private VendorSandbox startSandboxCommand(String vendor) throws InterruptedException {
    CommandLine cli = PacerCli.commandLine();
    StringWriter out = new StringWriter();
    cli.setOut(new PrintWriter(out, true));
    cli.setErr(new PrintWriter(new StringWriter(), true));
    sandboxExit = new CompletableFuture<>();
    sandboxThread = new Thread(() -> sandboxExit.complete(cli.execute("sandbox", vendor)), "pacer-sandbox-test");
    sandboxThread.start();
    // Picocli builds the subcommand objects when the command line is made; find ours.
    SandboxCommand command = cli.getSubcommands().get("sandbox").getCommand();
    VendorSandbox sandbox = command.awaitSandbox(Duration.ofSeconds(30));
    assertNotNull(sandbox, "the sandbox did not start");
    assertEquals(sandbox.baseUrl() + System.lineSeparator(), out.toString(), "prints exactly its base URL");
    return sandbox;
  }

  @AfterEach
  void stopSandbox() throws Exception {
    if (sandboxThread != null) {
      sandboxThread.interrupt();
      assertEquals(0, sandboxExit.get(30, TimeUnit.SECONDS), "pacer sandbox stops cleanly when interrupted");
    }
  }

  private static JsonNode onlyJsonLine(String out) throws Exception {
    List<String> lines = out.lines().collect(Collectors.toList());
    assertEquals(1, lines.size(), "exactly one line on stdout: " + out);
    JsonNode json = new ObjectMapper().readTree(lines.get(0));
    for (String field : List.of("sent", "ok", "status429", "failed", "elapsedMs", "p50Ms", "p99Ms")) {
      assertTrue(json.hasNonNull(field) && json.get(field).isIntegralNumber(), field + " in " + lines.get(0));
    }
    assertEquals(7, json.size(), lines.get(0));
    return json;
  }

  @Test
  void loadAgainstTheSandboxCommandLosesNothingAndDrawsNo429() throws Exception {
    VendorSandbox sandbox = startSandboxCommand("esputnik");

    Run run = pacer("load", "--vendor", "esputnik", "--base-url", sandbox.baseUrl().toString(),
        "--op", "POST /v1/event 400",
        "--op", "GET /v1/contacts?maxrows=1 120",
        "--op", "GET /v1/contact/7 300",
        "--threads", "16", "--token", TOKEN_1, "--token", TOKEN_2);

    assertEquals(0, run.exitCode(), run.err());
    JsonNode json = onlyJsonLine(run.out());
    assertEquals(820, json.get("sent").asLong());
    assertEquals(820, json.get("ok").asLong(), "no lost calls: " + run.out() + run.err());
    assertEquals(0, json.get("failed").asLong());
    assertEquals(0, json.get("status429").asLong(), run.out());
    assertEquals(0, sandbox.stats().count429(), sandbox.stats().toString());
    assertTrue(json.get("p50Ms").asLong() <= json.get("p99Ms").asLong());

    List<LoggedRequest> log = sandbox.stats().requests();
    assertEquals(820, log.size());
    Set<String> ids = new HashSet<>();
    Set<String> credentials = new HashSet<>();
    for (LoggedRequest request : log) {
      ids.add(request.headers().get("X-Request-Id"));
      credentials.add(request.headers().get("Authorization"));
    }
    assertFalse(ids.contains(null));
    assertEquals(820, ids.size(), "one X-Request-Id per call");
    assertEquals(2, credentials.size(), "calls spread over both tokens");
    assertFalse((run.out() + run.err()).contains("secret"), "tokens are never printed");
  }

  @Test
  void loadWithAdHocRulesKeepsToThem() throws Exception {
    VendorSandbox sandbox = startSandboxCommand("esputnik");

    Run run = pacer("load", "--base-url", sandbox.baseUrl().toString(),
        "--rule", "GET /v1/contacts 50/1s", "--op", "GET /v1/contacts 120");

    assertEquals(0, run.exitCode(), run.err());
    JsonNode json = onlyJsonLine(run.out());
    assertEquals(120, json.get("ok").asLong());
    assertEquals(0, json.get("status429").asLong());
    assertTrue(sandbox.stats().maxAdmittedInAnyWindow("GET /api/v1/contacts") <= 50);
  }

  @Test
  void loadWithoutLimitsLearnsFromThe429sAndKeepsEachCallsRequestIdAcrossRetries() throws Exception {
    VendorSandbox sandbox = startSandboxCommand("esputnik");

    Run run = pacer("load", "--base-url", sandbox.baseUrl().toString(), "--op", "GET /v1/contacts 200");

    JsonNode json = onlyJsonLine(run.out());
    assertEquals(200, json.get("sent").asLong());
    assertTrue(json.get("status429").asLong() > 0, "200 calls at once draw 429s from a 50/s method: " + run.out());
    assertEquals(json.get("status429").asLong(), sandbox.stats().count429());
    Set<String> retried = new HashSet<>();
    Set<String> answered = new HashSet<>();
    for (LoggedRequest request : sandbox.stats().requests()) {
      (request.status() == 429 ? retried : answered).add(request.headers().get("X-Request-Id"));
    }
    assertEquals(200 - json.get("failed").asLong(), answered.size(), "one id per call that got through");
    retried.removeAll(answered);
    assertEquals(json.get("failed").asLong(), retried.size(), "a retried call kept its X-Request-Id: " + retried);
    assertEquals(json.get("failed").asLong() == 0 ? 0 : 1, run.exitCode());
  }

  @Test
  void badLoadArgumentsGetAClearErrorAndExitCode2() {
    Run noOp = pacer("load", "--base-url", "http://127.0.0.1:1/");
    assertEquals(2, noOp.exitCode());
    assertTrue(noOp.err().contains("Missing required option: '--op"), noOp.err());

    Run badRule = pacer("load", "--base-url", "http://127.0.0.1:1/", "--op", "GET /x 1", "--rule", "GET /x 50");
    assertEquals(2, badRule.exitCode());
    assertTrue(badRule.err().contains("not a rate like 50/1s"), badRule.err());

    Run badOp = pacer("load", "--base-url", "http://127.0.0.1:1/", "--op", "GET /x many");
    assertEquals(2, badOp.exitCode());
    assertTrue(badOp.err().contains("not a count: 'many'"), badOp.err());

    Run both = pacer("load", "--base-url", "http://127.0.0.1:1/", "--op", "GET /x 1",
        "--vendor", "esputnik", "--rule", "GET /x 5/1s");
    assertEquals(2, both.exitCode());
    assertTrue(both.err().contains("give --vendor or --rule, not both"), both.err());

    Run badUrl = pacer("load", "--base-url", "localhost:8080", "--op", "GET /x 1");
    assertEquals(2, badUrl.exitCode());
    assertTrue(badUrl.err().contains("--base-url is not an http or https URL: localhost:8080"), badUrl.err());

    Run blankToken = pacer("load", "--base-url", "http://127.0.0.1:1/", "--op", "GET /x 1", "--token", TOKEN_1, "--token", " ");
    assertEquals(2, blankToken.exitCode());
    assertTrue(blankToken.err().contains("--token number 2 is blank"), blankToken.err());
    assertFalse(blankToken.err().contains("secret"), blankToken.err());

    Run typo = pacer("load", "--base-url", "http://127.0.0.1:1/", "--op", "GET /x 1", "--token", TOKEN_1, "--tokn", TOKEN_2);
    assertEquals(2, typo.exitCode());
    assertTrue(typo.err().contains("Unknown options: '--tokn', '***'"), typo.err());
    assertFalse(typo.err().contains("secret"), "a token next to a typo is masked too: " + typo.err());

    Run unknownVendor = pacer("load", "--vendor", "acme", "--base-url", "http://127.0.0.1:1/", "--op", "GET /x 1");
    assertEquals(2, unknownVendor.exitCode());
    assertTrue(unknownVendor.err().contains("unknown vendor 'acme'; expected one of esputnik, intercom, nylas"),
        unknownVendor.err());
    assertEquals("", noOp.out() + badRule.out() + badOp.out() + both.out() + badUrl.out() + unknownVendor.out());
  }

  @Test
  void policyPrintsOneLinePerEndpointWithItsLimit() {
    Run run = pacer("policy", "esputnik");

    assertEquals(0, run.exitCode(), run.err());
    List<String> lines = run.out().lines().collect(Collectors.toList());
    assertTrue(lines.get(0).startsWith("eSputnik: policy 'esputnik', 12 rules."), lines.get(0));
    for (Rule rule : EsputnikPolicy.POLICY.rules()) {
      assertTrue(lines.stream().anyMatch(l -> l.startsWith(rule.name() + " ")), "a line for " + rule.name());
    }
    assertTrue(lines.stream().anyMatch(l -> l.matches("search-contacts +GET /api/v1/contacts +per endpoint +application +50/1s")),
        run.out());
    assertTrue(lines.stream().anyMatch(l -> l.matches("email-message +GET /api/v1/messages/email/\\{id} .* 10/1s and 500/1h")),
        run.out());
    assertTrue(lines.stream().anyMatch(l -> l.matches("default +every request no other rule of the same scope covers +one shared bucket +application +200/1s")),
        run.out());
    assertTrue(lines.stream().anyMatch(l -> l.matches(" +GET /api/v1/messages/telegram/\\{id}")), "continuation rows");
  }

  @Test
  void policyShowsConcurrencyCapsAndLearnedLimits() {
    Run nylas = pacer("policy", "nylas");
    assertEquals(0, nylas.exitCode());
    assertTrue(nylas.out().lines().anyMatch(l -> l.matches(
        "query-concurrency +\\* /messages/\\*\\* +one shared bucket +credential \\(Authorization header\\) +5 in flight")), nylas.out());

    Run intercom = pacer("policy", "intercom");
    assertTrue(intercom.out().contains("166/10s (then learned from headers)"), intercom.out());
  }

  @Test
  void policyShowsKoreAndContextIoLimits() {
    Run kore = pacer("policy", "kore-ccai");
    assertEquals(0, kore.exitCode(), kore.err());
    assertTrue(kore.out().contains("60/1min"), kore.out());

    Run contextIo = pacer("policy", "context-io");
    assertEquals(0, contextIo.exitCode(), contextIo.err());
    assertTrue(contextIo.out().contains("5000/1h"), contextIo.out());
    assertTrue(contextIo.out().contains("240/1min"), contextIo.out());
  }

  @Test
  void demoRefusesABadScaleBeforeStartingAnything() {
    Run run = pacer("demo", "esputnik", "--scale", "0");

    assertEquals(2, run.exitCode());
    assertTrue(run.err().contains("--scale must be above 0 and at most 100: 0.0"), run.err());
  }

  /**
   * Runs {@code pacer demo <vendor> --scale <scale> --plain} and checks its comparison table: the
   * burst through Pacer drew no 429 and lost nothing; the same burst through plain OkHttp drew
   * 429s. Returns what it printed.
   */
  private static String demoDrawsNo429WithPacerAndSomeWithout(String vendor, String scale, int calls) {
    Run run = pacer("demo", vendor, "--scale", scale, "--plain");

    assertEquals(0, run.exitCode(), run.out() + run.err());
    List<String> lines = run.out().lines().collect(Collectors.toList());
    String callRow = row(lines, "calls ");
    assertTrue(callRow.matches("calls +" + calls + " +" + calls), callRow);
    String status429 = row(lines, "429s from the server");
    java.util.regex.Matcher m = java.util.regex.Pattern.compile("429s from the server +(\\d+) +(\\d+)").matcher(status429);
    assertTrue(m.matches(), status429);
    assertEquals(0, Long.parseLong(m.group(1)), "with Pacer: " + run.out());
    assertTrue(Long.parseLong(m.group(2)) > 0, "without Pacer the burst is over the limit: " + run.out());
    assertTrue(row(lines, "lost calls").matches("lost calls +0 +[1-9]\\d*"), run.out());
    assertFalse(run.out().contains("\033["), "no cursor movement when asked for plain lines");
    return run.out();
  }

  private static String row(List<String> lines, String start) {
    return lines.stream().filter(l -> l.startsWith(start)).findFirst().orElseThrow(() -> new AssertionError(
        "no row '" + start + "' in:\n" + String.join("\n", lines)));
  }

  @Test
  void esputnikDemoDrawsNo429WithPacerAndSomeWithout() {
    demoDrawsNo429WithPacerAndSomeWithout("esputnik", "0.5", 540);
  }

  @Test
  void intercomDemoDrawsNo429WithPacerAndSomeWithout() {
    demoDrawsNo429WithPacerAndSomeWithout("intercom", "0.9", 180);
  }

  @Test
  void nylasDemoDrawsNo429WithPacerAndSomeWithout() {
    demoDrawsNo429WithPacerAndSomeWithout("nylas", "0.3", 180);
  }

  @Test
  void koreDemoKeepsEachAccountWithinSixtyAMinuteOnAnAcceleratedClock() {
    String out = demoDrawsNo429WithPacerAndSomeWithout("kore-ccai", "0.5", 225);

    assertTrue(out.contains("one of Kore's minutes passes in 5 s"), out);
    assertTrue(out.contains("account:65f1c0ffee00000000000001"), "the sandbox's bucket per account: " + out);
  }

  @Test
  void contextIoDemoKeepsEachUserWithinTwoHundredFortyImapCallsAMinute() {
    String out = demoDrawsNo429WithPacerAndSomeWithout("context-io", "0.9", 810);

    assertTrue(out.contains("240 calls to IMAP a minute"), out);
    assertTrue(out.contains("user:5f0a1b2c3d4e5f6a7b8c9d01|imap"), "the sandbox's IMAP bucket per user: " + out);
  }
}
