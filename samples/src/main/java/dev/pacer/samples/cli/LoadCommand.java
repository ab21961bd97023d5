package dev.pacer.samples.cli;

import dev.pacer.policy.RateLimitPolicy;
import dev.pacer.redis.RedisBucketStore;
import dev.pacer.redis.RedisStoreOptions;
import java.nio.charset.StandardCharsets;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import okhttp3.HttpUrl;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code pacer load}: a traffic mix through Pacer against any base URL, measured. */
@Command(name = "load",
    description = {
        "Sends a traffic mix through Pacer to any URL and measures it.",
        "The base URL may be a sandbox, a staging server, any HTTP API. At the end it prints one JSON line "
            + "on standard output: {\"sent\":...,\"ok\":...,\"status429\":...,\"failed\":...,\"elapsedMs\":...,\"p50Ms\":...,\"p99Ms\":...}.",
        "Limits come from --vendor (its declared policy) or from --rule; with neither, Pacer knows no limits and "
            + "learns only from what the server answers (Retry-After, X-RateLimit-*).",
        "sent: calls made (retries not counted); ok: calls that ended 2xx; status429: 429 answers received, "
            + "including those Pacer retried; failed: calls that did not end 2xx (lost). Each call carries its own "
            + "X-Request-Id, kept across retries. Exit code 0 when no call failed, 1 otherwise, 2 for bad arguments.",
        "Paths in --op and --rule are relative to the base URL's path.",
        "With --redis, the buckets live in that Redis, so several `pacer load` processes (or any Pacer on the same "
            + "Redis) share one API key's limits; every process must then have the same value (at least 16 characters) "
            + "in the environment variable PACER_CREDENTIAL_HASH_KEY, the key that turns tokens into bucket keys."},
    sortOptions = false)
final class LoadCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--base-url", required = true, paramLabel = "<url>",
      description = "Where to send the calls, such as the URL `pacer sandbox` prints.")
  String baseUrl;

  @Option(names = "--op", required = true, paramLabel = "\"<METHOD> <path> <count>\"", converter = OpSpec.Converter.class,
      description = "Calls to send, e.g. \"GET /v1/contacts?maxrows=10 500\"; repeat for a mix. POST, PUT and PATCH send {}.")
  List<OpSpec> ops = new ArrayList<>();

  @Option(names = "--vendor", paramLabel = "<vendor>", converter = Vendors.Converter.class,
      completionCandidates = Vendors.Names.class, description = "Pace by this vendor's declared policy: ${COMPLETION-CANDIDATES}.")
  Vendor vendor;

  @Option(names = "--rule", paramLabel = "\"<METHOD> <template> <N>/<duration>\"", converter = RuleSpec.Converter.class,
      description = "An ad-hoc limit instead of --vendor, e.g. \"GET /v1/contacts/{id} 50/1s\" or \"* /** 1000/1min\"; "
          + "repeat for more (several rates for one template all apply).")
  List<RuleSpec> rules = new ArrayList<>();

  @Option(names = "--threads", paramLabel = "<N>", defaultValue = "16",
      description = "Calls in flight at most (default ${DEFAULT-VALUE}).")
  int threads;

  @Option(names = "--token", paramLabel = "<T>",
      description = "An account's credential, sent as 'Authorization: Bearer <T>' and never printed; repeat for "
          + "several accounts, and calls are spread over them in turn.")
  List<String> tokens = new ArrayList<>();

  @Option(names = "--redis", paramLabel = "<uri>",
      description = "Keep the buckets in this Redis (redis://host:port) and share the limits with every process using it; "
          + "needs PACER_CREDENTIAL_HASH_KEY in the environment.")
  String redis;

  /** Where PACER_CREDENTIAL_HASH_KEY is read; tests replace it. */
  java.util.function.Function<String, String> environment = System::getenv;

  @Option(names = "--max-wait-s", paramLabel = "<S>", defaultValue = "60",
      description = "A call that would wait longer than this for a permit fails at once (default ${DEFAULT-VALUE}).")
  long maxWaitSeconds;

  @Override
  public Integer call() throws Exception {
    HttpUrl base = HttpUrl.parse(baseUrl.trim());
    if (base == null) throw usage("--base-url is not an http or https URL: " + baseUrl);
    if (!base.username().isEmpty() || !base.password().isEmpty()) {
      throw usage("--base-url must not carry credentials (use --token): " + base.redact());
    }
    if (base.encodedQuery() != null || base.encodedFragment() != null) {
      throw usage("--base-url must not have a query or fragment: " + base.redact());
    }
    if (threads < 1 || threads > 1024) throw usage("--threads not in [1, 1024]: " + threads);
    if (maxWaitSeconds < 0 || maxWaitSeconds > 86_400) throw usage("--max-wait-s not in [0, 86400]: " + maxWaitSeconds);
    if (vendor != null && !rules.isEmpty()) throw usage("give --vendor or --rule, not both");
    for (int i = 0; i < tokens.size(); i++) {
      if (!headerSafe(tokens.get(i))) {
        throw usage("--token number " + (i + 1) + " is blank or has characters a header cannot carry");
      }
    }
    long total = 0;
    for (OpSpec op : ops) total += op.count();
    if (total > OpSpec.MAX_COUNT) throw usage("more than " + OpSpec.MAX_COUNT + " calls in all: " + total);

    RateLimitPolicy policy;
    try {
      policy = vendor != null ? vendor.requirePolicy("load --vendor")
          : rules.isEmpty() ? RateLimitPolicy.none() : RuleSpec.policy(rules, base.encodedPath());
    } catch (IllegalArgumentException e) {
      throw usage(e.getMessage());
    }

    RedisBucketStore store = null;
    if (redis != null) {
      String secret = environment.apply("PACER_CREDENTIAL_HASH_KEY");
      if (secret == null || secret.length() < 16) {
        throw usage("--redis needs PACER_CREDENTIAL_HASH_KEY in the environment: the same value of at least 16 "
            + "characters in every process sharing the Redis, or their buckets never meet");
      }
      try {
        store = RedisBucketStore.create(redis.trim(), RedisStoreOptions.builder()
            .credentialHashKey(secret.getBytes(StandardCharsets.UTF_8))
            .build());
      } catch (IllegalArgumentException e) {
        throw usage("--redis is not a Redis URI: " + e.getMessage());
      }
    }
    try {
      return run(base, policy, store);
    } finally {
      if (store != null) store.close();
    }
  }

  private int run(HttpUrl base, RateLimitPolicy policy, RedisBucketStore store) throws Exception {
    LoadRunner runner = new LoadRunner(base, ops, policy, tokens, threads, Duration.ofSeconds(maxWaitSeconds), store);
    PrintWriter err = spec.commandLine().getErr();
    LoadRunner.Result result;
    if (Terminal.interactive()) {
      err.println("pacer load: " + runner.total() + " calls to " + base.redact() + " with policy '" + policy.name()
          + "', " + threads + " threads");
      LiveView view = runner.progressView(err);
      try {
        result = runner.run();
      } finally {
        view.close(); // draws the last frame
      }
    } else {
      result = runner.run();
    }
    for (String reason : runner.failureReasons()) err.println("failed: " + reason);
    err.flush();
    PrintWriter out = spec.commandLine().getOut();
    out.println(result.json());
    out.flush();
    return result.failed() == 0 ? 0 : 1;
  }

  private ParameterException usage(String message) {
    return new ParameterException(spec.commandLine(), message);
  }

  private static boolean headerSafe(String token) {
    if (token == null || token.isBlank()) return false;
    for (int i = 0; i < token.length(); i++) {
      char c = token.charAt(i);
      if (c < 0x20 || c == 0x7f || c > 0xff) return false;
    }
    return true;
  }
}
