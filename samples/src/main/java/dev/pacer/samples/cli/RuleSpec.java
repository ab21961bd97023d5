package dev.pacer.samples.cli;

import dev.pacer.policy.Rate;
import dev.pacer.policy.RateLimitPolicy;
import dev.pacer.policy.Rule;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine;

/**
 * One {@code --rule "<METHOD> <template> <N>/<duration>"}: at most N requests matching the
 * template per duration, such as {@code "GET /v1/contacts 50/1s"} or {@code "* /v1/** 1000/1min"}.
 * The template is relative to the base URL's path, like {@code --op} paths.
 *
 * @param method an HTTP method in upper case, or {@code *}
 * @param template the path template, starting with {@code /}
 * @param rate the allowed rate
 */
record RuleSpec(String method, String template, Rate rate) {
  private static final Pattern METHOD = Pattern.compile("\\*|[A-Za-z]+");
  private static final Pattern RATE = Pattern.compile("(\\d{1,9})/(\\d{0,9})\\s*(ms|s|sec|m|min|h)", Pattern.CASE_INSENSITIVE);
  static final String FORMAT = "\"<METHOD> <template> <N>/<duration>\", e.g. \"GET /v1/contacts/{id} 50/1s\"";

  /** Parses {@code text}; throws {@link IllegalArgumentException} saying what is wrong. */
  static RuleSpec parse(String text) {
    String[] parts = text.trim().split("\\s+");
    if (parts.length != 3) {
      throw new IllegalArgumentException("expected " + FORMAT + ", got: \"" + text + "\"");
    }
    if (!METHOD.matcher(parts[0]).matches()) {
      throw new IllegalArgumentException("not an HTTP method: '" + parts[0] + "' in \"" + text + "\"");
    }
    if (!parts[1].startsWith("/")) {
      throw new IllegalArgumentException("the template must start with '/': '" + parts[1] + "' in \"" + text + "\"");
    }
    Matcher m = RATE.matcher(parts[2]);
    if (!m.matches()) {
      throw new IllegalArgumentException("not a rate like 50/1s, 10/500ms, 1000/1min or 5000/1h: '" + parts[2]
          + "' in \"" + text + "\"");
    }
    int permits = Integer.parseInt(m.group(1));
    long amount = m.group(2).isEmpty() ? 1 : Long.parseLong(m.group(2));
    if (permits < 1) throw new IllegalArgumentException("a rate must allow at least 1 request: \"" + text + "\"");
    if (amount < 1) throw new IllegalArgumentException("a rate's duration must be positive: \"" + text + "\"");
    Duration period = switch (m.group(3).toLowerCase(Locale.ROOT)) {
      case "ms" -> Duration.ofMillis(amount);
      case "s", "sec" -> Duration.ofSeconds(amount);
      case "m", "min" -> Duration.ofMinutes(amount);
      default -> Duration.ofHours(amount);
    };
    return new RuleSpec(parts[0].toUpperCase(Locale.ROOT), parts[1], Rate.of(permits, period));
  }

  /** {@code METHOD /template}. */
  String endpoint() {
    return method + " " + template;
  }

  /**
   * A policy holding {@code specs}: one rule per endpoint (named after it) with every rate given
   * for it, each template prefixed with {@code basePath} (the base URL's path, ending in /).
   */
  static RateLimitPolicy policy(List<RuleSpec> specs, String basePath) {
    Map<String, List<RuleSpec>> byEndpoint = new LinkedHashMap<>();
    for (RuleSpec spec : specs) byEndpoint.computeIfAbsent(spec.endpoint(), e -> new ArrayList<>()).add(spec);
    RateLimitPolicy.Builder policy = RateLimitPolicy.builder("command-line");
    String prefix = basePath.endsWith("/") ? basePath.substring(0, basePath.length() - 1) : basePath;
    for (Map.Entry<String, List<RuleSpec>> entry : byEndpoint.entrySet()) {
      RuleSpec first = entry.getValue().get(0);
      Rule.Builder rule = Rule.builder(entry.getKey()).endpoint(first.method() + " " + prefix + first.template());
      for (RuleSpec spec : entry.getValue()) rule.rate(spec.rate());
      policy.rule(rule.build());
    }
    return policy.build();
  }

  /** Converts a {@code --rule} value, turning errors into picocli's usage errors. */
  static final class Converter implements CommandLine.ITypeConverter<RuleSpec> {
    @Override
    public RuleSpec convert(String value) {
      try {
        return parse(value);
      } catch (IllegalArgumentException e) {
        throw new CommandLine.TypeConversionException(e.getMessage());
      }
    }
  }
}
