package dev.pacer.samples.cli;

import dev.pacer.policy.Rate;
import dev.pacer.policy.RateLimitPolicy;
import dev.pacer.policy.Rule;
import dev.pacer.policy.Scope;
import java.util.ArrayList;
import java.util.List;

/** A policy's rules as a plain-text table: one line per endpoint template. */
final class PolicyTable {
  private static final String[] HEADER = {"RULE", "REQUESTS", "COUNTED", "PER", "LIMIT"};

  private PolicyTable() {}

  static String render(String title, RateLimitPolicy policy) {
    List<String[]> rows = new ArrayList<>();
    for (Rule rule : policy.rules()) {
      List<String> requests = rule.isOtherwise() ? List.of("every request no other rule of the same scope covers") : rule.endpoints();
      for (int i = 0; i < requests.size(); i++) {
        boolean first = i == 0;
        rows.add(new String[] {
            first ? rule.name() : "",
            requests.get(i),
            first ? counted(rule) : "",
            first ? scope(rule.scope()) : "",
            first ? limit(rule) : ""});
      }
    }
    int[] widths = new int[HEADER.length];
    for (int c = 0; c < HEADER.length; c++) widths[c] = HEADER[c].length();
    for (String[] row : rows) {
      for (int c = 0; c < row.length; c++) widths[c] = Math.max(widths[c], row[c].length());
    }
    StringBuilder out = new StringBuilder();
    out.append(title).append(": policy '").append(policy.name()).append("', ")
        .append(policy.rules().size()).append(policy.rules().size() == 1 ? " rule" : " rules")
        .append(". A call goes only when every rule covering it admits it.\n\n");
    line(out, HEADER, widths);
    for (String[] row : rows) line(out, row, widths);
    out.append("\nX-RateLimit-Reset is read as ").append(policy.resetFormat())
        .append("; a request carrying '").append(policy.idempotencyKeyHeader())
        .append("' is safe to replay after a network error or a 5xx.\n");
    return out.toString();
  }

  private static void line(StringBuilder out, String[] cells, int[] widths) {
    StringBuilder line = new StringBuilder();
    for (int c = 0; c < cells.length; c++) {
      if (c > 0) line.append("  ");
      line.append(cells[c]);
      if (c < cells.length - 1) line.append(" ".repeat(widths[c] - cells[c].length()));
    }
    out.append(line.toString().stripTrailing()).append('\n');
  }

  private static String counted(Rule rule) {
    if (rule.isShared()) return "one shared bucket";
    return rule.isOtherwise() ? "per method and path" : "per endpoint";
  }

  private static String scope(Scope scope) {
    switch (scope.kind()) {
      case APPLICATION:
        return "application";
      case CREDENTIAL:
        return "credential (" + scope.name() + " header)";
      case PATH_VARIABLE:
        return "{" + scope.name() + "}";
      default:
        return scope.name();
    }
  }

  private static String limit(Rule rule) {
    List<String> parts = new ArrayList<>();
    for (Rate rate : rule.rates()) parts.add(rate.toString());
    String limit = String.join(" and ", parts);
    if (rule.learnsFromHeaders()) limit += " (then learned from headers)";
    if (rule.maxConcurrent() > 0) {
      limit = (limit.isEmpty() ? "" : limit + ", ") + rule.maxConcurrent() + " in flight";
    }
    return limit;
  }
}
