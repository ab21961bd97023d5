package dev.pacer.internal;

import dev.pacer.policy.Endpoint;
import dev.pacer.policy.Rule;
import dev.pacer.policy.Scope;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import okhttp3.Request;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Works out what one request is charged to: the rate buckets and concurrency caps of every rule
 * that covers it, keyed by rule, scope (credential parts hashed) and endpoint. The policy's
 * templates are parsed once, when the engine is built. Thread-safe.
 */
final class Classifier {
  private static final Logger log = LoggerFactory.getLogger("dev.pacer");

  private final List<Rule> rules;
  /** Each rule's parsed templates, by rule index. */
  private final PathTemplate[][] templates;
  private final BucketStore store;
  private final ConcurrencyLimiter concurrency;

  Classifier(List<Rule> rules, BucketStore store, ConcurrencyLimiter concurrency) {
    this.rules = List.copyOf(rules);
    this.store = store;
    this.concurrency = concurrency;
    this.templates = new PathTemplate[rules.size()][];
    for (int i = 0; i < rules.size(); i++) {
      List<String> specs = rules.get(i).endpoints();
      PathTemplate[] parsed = new PathTemplate[specs.size()];
      for (int j = 0; j < parsed.length; j++) parsed[j] = PathTemplate.parse(specs.get(j));
      templates[i] = parsed;
    }
  }

  /** The buckets and slots {@code request} is charged to, created as needed at {@code now}. */
  Charge classify(Request request, long now) {
    String method = request.method();
    String path = request.url().encodedPath();
    Endpoint tag = request.tag(Endpoint.class);
    String matchPath = tag != null ? tag.template() : path;
    String matchMethod = tag != null ? tag.method() : method;
    PathTemplate tagTemplate = tag != null ? safeTemplate(tag) : null;

    int n = rules.size();
    PathTemplate[] matched = new PathTemplate[n];
    @SuppressWarnings("unchecked")
    Map<String, String>[] vars = (Map<String, String>[]) new Map[n];
    for (int i = 0; i < n; i++) {
      if (rules.get(i).isOtherwise()) continue;
      PathTemplate best = null;
      Map<String, String> bestVars = null;
      for (PathTemplate t : templates[i]) {
        Map<String, String> v = t.match(matchMethod, matchPath);
        if (v != null && (best == null || t.specificity() > best.specificity())) {
          best = t;
          bestVars = v;
        }
      }
      matched[i] = best;
      vars[i] = bestVars;
    }

    String endpointLabel = tag != null ? tag.toString() : null;
    if (endpointLabel == null) {
      PathTemplate mostSpecific = null;
      for (PathTemplate t : matched) {
        if (t != null && !t.source().contains("**") && (mostSpecific == null || t.specificity() > mostSpecific.specificity())) {
          mostSpecific = t;
        }
      }
      endpointLabel = mostSpecific != null ? method + " " + mostSpecific.source().substring(mostSpecific.source().indexOf(' ') + 1) : method + " " + path;
    }

    List<RateBucket> rate = new ArrayList<>(2);
    List<ConcurrencyLimiter.Slot> slots = new ArrayList<>(1);
    for (int i = 0; i < n; i++) {
      Rule r = rules.get(i);
      String endpointId;
      Map<String, String> ruleVars;
      if (r.isOtherwise()) {
        if (coveredByRateRule(r.scope(), matched)) continue;
        endpointId = endpointLabel;
        ruleVars = Map.of();
      } else {
        if (matched[i] == null) continue;
        endpointId = matched[i].source();
        ruleVars = vars[i];
      }
      String scopeKey = scopeKey(r.scope(), request, ruleVars, tagTemplate, path);
      String key = r.isShared() ? r.name() + "|" + scopeKey : r.name() + "|" + scopeKey + "|" + endpointId;
      if (!r.rates().isEmpty()) rate.add(store.bucket(key, r, now));
      if (r.maxConcurrent() > 0) slots.add(concurrency.slot(key, r.name(), r.maxConcurrent()));
    }
    if (rate.isEmpty()) {
      // No declared rate covers this request: charge an implicit per-host bucket that only the
      // server's answers (429s, Retry-After, Remaining: 0) can pause.
      rate.add(store.bucket("server|" + request.url().host() + ":" + request.url().port(), null, now));
    }
    if (rate.size() > 1) rate.sort(Comparator.comparingLong(b -> b.id));
    return new Charge(endpointLabel, List.copyOf(rate), List.copyOf(slots));
  }

  /** The same charge with evicted buckets replaced by live ones. */
  Charge refresh(Charge charge, long now) {
    List<RateBucket> fresh = new ArrayList<>(charge.rateBuckets.size());
    for (RateBucket b : charge.rateBuckets) fresh.add(b.removed ? store.bucket(b.key, b.rule, now) : b);
    if (fresh.size() > 1) fresh.sort(Comparator.comparingLong(x -> x.id));
    return new Charge(charge.endpoint, List.copyOf(fresh), charge.slots);
  }

  private boolean coveredByRateRule(Scope scope, PathTemplate[] matched) {
    for (int i = 0; i < matched.length; i++) {
      if (matched[i] == null) continue;
      Rule other = rules.get(i);
      if (!other.rates().isEmpty() && other.scope().equals(scope)) return true;
    }
    return false;
  }

  private static PathTemplate safeTemplate(Endpoint tag) {
    try {
      return PathTemplate.of(tag.method(), tag.template());
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  private static String scopeKey(Scope scope, Request request, Map<String, String> ruleVars, PathTemplate tagTemplate, String path) {
    switch (scope.kind()) {
      case APPLICATION:
        return "app";
      case CREDENTIAL: {
        String value = request.header(scope.name());
        return value == null ? "cred:none" : "cred:" + Hashing.credentialId(value);
      }
      case PATH_VARIABLE: {
        String v = ruleVars.get(scope.name());
        if (v != null && v.startsWith("{") && tagTemplate != null) {
          // Matched against a tag's template: read the value from the real path.
          Map<String, String> real = tagTemplate.matchAllowingPrefix(tagTemplate.method(), path);
          v = real == null ? null : real.get(scope.name());
        }
        return "var:" + (v == null ? "none" : v);
      }
      default: {
        String v;
        try {
          v = scope.keyFunction().apply(request);
        } catch (RuntimeException e) {
          log.warn("scope key function '{}' threw {}; using a shared key", scope.name(), e.getClass().getName());
          v = null;
        }
        return "custom:" + (v == null ? "none" : v);
      }
    }
  }
}
