package dev.pacer.internal;

import dev.pacer.event.PacerListener;
import dev.pacer.policy.Endpoint;
import dev.pacer.policy.Rule;
import dev.pacer.policy.Scope;
import dev.pacer.store.Bucket;
import dev.pacer.store.BucketSpec;
import dev.pacer.store.BucketStore;
import dev.pacer.store.BucketTable;
import dev.pacer.time.PacerClock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import okhttp3.HttpUrl;
import okhttp3.Request;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Works out what one request is charged to. The policy is compiled when the engine is built:
 * every rule's templates parsed, one {@link BucketSpec} per rule shared by all its buckets, one
 * {@link BucketTable} per rule (per rule and template for per-endpoint rules), and the buckets of
 * application-scoped rules resolved once. Per call, templates are matched against the URL's
 * stored path segments without allocating; a typed client's {@link Endpoint} tag is matched once
 * and remembered; a scoped rule costs one table lookup by its scope value (a path segment, a
 * cached keyed hash of a credential, or the custom function's result). Thread-safe.
 *
 * <p>Labels: a request is named by its most specific matching template ({@code GET
 * /users/{id}}), its tag, or {@code GET (unmatched)}: never by its raw path.
 */
final class Classifier {
  private static final Logger log = LoggerFactory.getLogger("dev.pacer");
  /** OkHttp 5 looks tags up by Kotlin class: made once here, not per call. */
  private static final kotlin.reflect.KClass<Endpoint> ENDPOINT_TAG = kotlin.jvm.JvmClassMappingKt.getKotlinClass(Endpoint.class);
  /** Tags remembered at most; typed clients have a bounded set of endpoints. */
  private static final int MAX_TAG_ROUTES = 10_000;

  private final CompiledRule[] rules;
  private final BucketTable serverTable;
  private final ConcurrencyLimiter concurrency;
  private final Hashing hashing;
  private final PacerListener listener;
  private final ConcurrentHashMap<Endpoint, TagRoute> tagRoutes = new ConcurrentHashMap<>();
  private final ConcurrentHashMap<String, String> labels = new ConcurrentHashMap<>();
  private final ThreadLocal<Scratch> scratch;
  /** Charges whose buckets are all resolved once and that hold no slots, by label: classified without allocating. */
  private final ConcurrentHashMap<String, Charge> fixedCharges = new ConcurrentHashMap<>();
  /** The labels of unmatched requests of the common methods (by {@link #methodIndex}), made once. */
  private final String[] unmatchedLabels = new String[COMMON_METHODS.length];
  /** The fixed charge last made for an unmatched request of each common method; null until then. */
  private final Charge[] unmatchedCharges = new Charge[COMMON_METHODS.length];
  private static final String[] COMMON_METHODS = {"GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS"};
  /** Read only where a bucket has to be made: a known bucket is found without reading the clock. */
  private final PacerClock clock;
  /**
   * True when the charge of an untagged request depends on its method alone: every rule is an
   * application-scoped "otherwise" rule without a concurrency cap (one limit for the whole API,
   * say), so its buckets are resolved once and kept for good.
   */
  private final boolean byMethodOnly;

  Classifier(List<Rule> policyRules, Duration margin, BucketStore store, ConcurrencyLimiter concurrency, Hashing hashing,
      PacerListener listener, PacerClock clock) {
    this.clock = clock;
    long now = clock.nanoTime();
    for (int m = 0; m < COMMON_METHODS.length; m++) unmatchedLabels[m] = COMMON_METHODS[m] + " (unmatched)";
    this.concurrency = concurrency;
    this.listener = listener;
    this.hashing = hashing;
    int n = policyRules.size();
    this.rules = new CompiledRule[n];
    for (int i = 0; i < n; i++) rules[i] = new CompiledRule(policyRules.get(i), margin, store, listener, now);
    for (int i = 0; i < n; i++) {
      CompiledRule r = rules[i];
      if (!r.rule.isOtherwise()) continue;
      List<Integer> covering = new ArrayList<>();
      for (int j = 0; j < n; j++) {
        Rule other = policyRules.get(j);
        if (!other.isOtherwise() && !other.rates().isEmpty() && other.scope().equals(r.rule.scope())) covering.add(j);
      }
      r.coveredBy = covering.stream().mapToInt(Integer::intValue).toArray();
    }
    this.serverTable = store.table(BucketSpec.serverOnly("server"), "server|", "");
    boolean methodOnly = n > 0;
    for (CompiledRule r : rules) {
      methodOnly &= r.rule.isOtherwise() && r.appScope && r.rule.maxConcurrent() == 0 && r.coveredBy.length == 0;
    }
    this.byMethodOnly = methodOnly;
    this.scratch = ThreadLocal.withInitial(() -> new Scratch(n));
  }

  /**
   * The buckets and slots {@code request} is charged to, created as needed. Reads the clock only
   * to make a bucket: finding known ones takes a table lookup per scoped rule and nothing else.
   */
  Charge classify(Request request) {
    String method = request.method();
    HttpUrl url = request.url();
    List<String> segs = url.pathSegments();
    int count = segs.size();
    if (count > 0 && segs.get(count - 1).isEmpty()) count--; // "/a/" is "/a"; "/" has none
    Endpoint tag = request.tag(ENDPOINT_TAG);
    if (byMethodOnly && tag == null) {
      // The charge of an unmatched request of this method, once made (its buckets are kept for good).
      int m = methodIndex(method);
      Charge known = m < 0 ? null : unmatchedCharges[m];
      if (known != null) return known;
    }
    TagRoute route = tag == null ? null : tagRoute(tag);

    int n = rules.length;
    Scratch sc = scratch.get();
    int[] matched = sc.matched; // template index per rule, -1 for none
    String label = null;
    PathTemplate mostSpecific = null;
    for (int i = 0; i < n; i++) {
      CompiledRule r = rules[i];
      int best = -1;
      if (!r.rule.isOtherwise()) {
        if (route != null) {
          best = route.matched[i];
        } else {
          for (int t = 0; t < r.templates.length; t++) {
            PathTemplate tp = r.templates[t];
            if (tp.matches(method, segs, count) && (best < 0 || tp.specificity() > r.templates[best].specificity())) best = t;
          }
          if (best >= 0) {
            // Name the request by its most specific template, a "**" one only if nothing else matched.
            PathTemplate tp = r.templates[best];
            if (mostSpecific == null || (mostSpecific.hasTail() && !tp.hasTail())
                || (tp.hasTail() == mostSpecific.hasTail() && tp.specificity() > mostSpecific.specificity())) {
              mostSpecific = tp;
            }
          }
        }
      }
      matched[i] = best;
    }
    if (route != null) {
      label = route.label;
    } else if (mostSpecific != null) {
      label = templateLabel(mostSpecific, method);
    } else {
      label = unmatchedLabel(method);
    }

    Bucket[] buckets = sc.buckets;
    int size = 0;
    boolean allFixed = true;
    List<ConcurrencyLimiter.Slot> slots = List.of();
    for (int i = 0; i < n; i++) {
      CompiledRule r = rules[i];
      Bucket bucket;
      String slotKey = null;
      if (r.rule.isOtherwise()) {
        if (r.covered(matched)) continue;
        bucket = r.otherwiseBucket(this, request, label);
        allFixed &= r.appScope;
        if (r.rule.maxConcurrent() > 0) slotKey = r.slotKey(scopeKey(r, request, route, i, segs, count, -1), label);
      } else {
        int t = matched[i];
        if (t < 0) continue;
        String scope = r.appScope ? "app" : scopeKey(r, request, route, i, segs, count, t);
        bucket = r.bucket(this, t, scope);
        allFixed &= r.appScope;
        if (r.rule.maxConcurrent() > 0) slotKey = r.slotKey(scope, r.templates[t].source());
      }
      if (bucket != null) buckets[size++] = bucket;
      if (slotKey != null) {
        if (slots.isEmpty()) slots = new ArrayList<>(2);
        slots.add(concurrency.slot(slotKey, r.rule.name(), r.rule.maxConcurrent()));
      }
    }
    if (size == 0) {
      // No declared rate covers this request: charge an implicit per-host bucket that only the
      // server's answers (429s, Retry-After, Remaining: 0) can pause.
      return new Charge(label, bucketOf(serverTable, url.host() + ":" + url.port(), false), slots);
    }
    Charge charge;
    if (allFixed && slots.isEmpty()) {
      // The same buckets every time for this label: one charge, looked up without hashing for
      // unmatched requests of the common methods.
      int m = mostSpecific == null && route == null ? methodIndex(method) : -1;
      Charge known = m >= 0 ? unmatchedCharges[m] : fixedCharges.get(label);
      if (known != null && known.sameBuckets(buckets, size)) {
        charge = known;
      } else {
        charge = new Charge(label, Arrays.copyOf(buckets, size), List.of());
        if (m >= 0) {
          unmatchedCharges[m] = charge; // a racing writer stores an equal charge; Charge is immutable
        } else if (fixedCharges.size() < MAX_TAG_ROUTES) {
          fixedCharges.put(label, charge);
        }
      }
    } else {
      List<ConcurrencyLimiter.Slot> held = slots.isEmpty() ? List.of() : List.copyOf(slots);
      charge = size == 1 ? new Charge(label, buckets[0], held) : new Charge(label, Arrays.copyOf(buckets, size), held);
    }
    // The thread keeps its scratch arrays: they must not keep buckets (and through them a whole
    // store) reachable after this Pacer is gone.
    Arrays.fill(buckets, 0, size, null);
    return charge;
  }

  /** Per-thread working arrays, so classifying allocates only the charge. */
  private static final class Scratch {
    final int[] matched;
    final Bucket[] buckets;

    Scratch(int rules) {
      this.matched = new int[rules];
      this.buckets = new Bucket[rules];
    }
  }

  /** Index of {@code method} in {@link #COMMON_METHODS}, or -1. */
  private static int methodIndex(String method) {
    switch (method) {
      case "GET":
        return 0;
      case "POST":
        return 1;
      case "PUT":
        return 2;
      case "PATCH":
        return 3;
      case "DELETE":
        return 4;
      case "HEAD":
        return 5;
      case "OPTIONS":
        return 6;
      default:
        return -1;
    }
  }

  /** {@code "GET (unmatched)"}: made once per method. */
  private String unmatchedLabel(String method) {
    int m = methodIndex(method);
    if (m >= 0) return unmatchedLabels[m];
    String label = labels.get(method);
    return label != null ? label : labels.computeIfAbsent(method, k -> k + " (unmatched)");
  }

  /** The bucket of {@code scope} in {@code table}: a known one without reading the clock, else made now. */
  private Bucket bucketOf(BucketTable table, String scope, boolean keep) {
    Bucket b = table.find(scope);
    return b != null ? b : table.bucket(scope, keep, clock.nanoTime());
  }

  private String templateLabel(PathTemplate t, String method) {
    if (!t.method().equals("*")) return t.source();
    return labels.computeIfAbsent(method + " " + t.path(), k -> k);
  }

  private TagRoute tagRoute(Endpoint tag) {
    TagRoute r = tagRoutes.get(tag);
    if (r != null) return r;
    r = new TagRoute(tag, rules);
    if (tagRoutes.size() < MAX_TAG_ROUTES) tagRoutes.putIfAbsent(tag, r);
    return r;
  }

  /** The scope value of rule {@code i} for this request (never a raw credential). */
  private String scopeKey(CompiledRule r, Request request, TagRoute route, int i, List<String> segs, int count, int template) {
    Scope scope = r.rule.scope();
    switch (scope.kind()) {
      case APPLICATION:
        return "app";
      case CREDENTIAL: {
        String value = request.header(scope.name());
        return value == null ? "none" : hashing.credentialId(value);
      }
      case PATH_VARIABLE: {
        String v;
        if (route != null) {
          v = route.variable(i, segs, count);
        } else {
          int at = template < 0 ? -1 : r.variableIndex[template];
          v = at < 0 || at >= count ? null : segs.get(at);
        }
        return v == null || v.isEmpty() ? "none" : v;
      }
      default: {
        String v;
        try {
          v = scope.keyFunction().apply(request);
        } catch (RuntimeException e) {
          log.warn("scope key function '{}' threw {}; using a shared key", scope.name(), e.getClass().getName());
          v = null;
        }
        return v == null ? "none" : v;
      }
    }
  }

  /** One rule, compiled. */
  private static final class CompiledRule {
    final Rule rule;
    final PathTemplate[] templates;
    /** Per template: the segment of the scope's path variable, or -1. */
    final int[] variableIndex;
    final boolean appScope;
    final boolean hasRate;
    /** Shared rules and otherwise rules: one table. */
    final BucketTable table;
    /** Per-endpoint rules: a table per template. */
    final BucketTable[] perTemplate;
    /** Application-scoped buckets, resolved once: [0] for one table, else per template. */
    final Bucket[] fixed;
    final String scopePrefix;
    /** Otherwise rules per endpoint and application-scoped: the bucket of each label, resolved once. */
    final ConcurrentHashMap<String, Bucket> byLabel = new ConcurrentHashMap<>();
    int[] coveredBy = new int[0];
    private final PacerListener listener;
    private final java.util.concurrent.atomic.AtomicBoolean overflowingSeen = new java.util.concurrent.atomic.AtomicBoolean();

    CompiledRule(Rule rule, Duration margin, BucketStore store, PacerListener listener, long now) {
      this.rule = rule;
      this.listener = listener;
      List<String> specs = rule.endpoints();
      this.templates = new PathTemplate[specs.size()];
      this.variableIndex = new int[specs.size()];
      for (int t = 0; t < templates.length; t++) {
        templates[t] = PathTemplate.parse(specs.get(t));
        variableIndex[t] = rule.scope().kind() == Scope.Kind.PATH_VARIABLE ? templates[t].indexOfVariable(rule.scope().name()) : -1;
      }
      this.appScope = rule.scope().kind() == Scope.Kind.APPLICATION;
      this.hasRate = !rule.rates().isEmpty();
      this.scopePrefix = prefix(rule.scope());
      String head = rule.name() + "|" + scopePrefix;
      if (!hasRate) {
        table = null;
        perTemplate = null;
        fixed = null;
      } else {
        BucketSpec spec = rule.bucketSize() > 0
            ? BucketSpec.tokenBucket(rule.name(), rule.rates().get(0), rule.bucketSize(), margin)
            : BucketSpec.of(rule.name(), rule.rates(), rule.burst(), margin);
        if (rule.isShared() || rule.isOtherwise()) {
          table = store.table(spec, head, "");
          perTemplate = null;
          fixed = appScope && rule.isShared() ? new Bucket[] {table.bucket("app", true, now)} : null;
        } else {
          table = null;
          perTemplate = new BucketTable[templates.length];
          fixed = appScope ? new Bucket[templates.length] : null;
          for (int t = 0; t < templates.length; t++) {
            perTemplate[t] = store.table(spec, head, "|" + templates[t].source());
            if (appScope) fixed[t] = perTemplate[t].bucket("app", true, now);
          }
        }
      }
    }

    private static String prefix(Scope scope) {
      switch (scope.kind()) {
        case APPLICATION:
          return "";
        case CREDENTIAL:
          return "cred:";
        case PATH_VARIABLE:
          return "var:";
        default:
          return "custom:";
      }
    }

    boolean covered(int[] matched) {
      for (int j : coveredBy) if (matched[j] >= 0) return true;
      return false;
    }

    /** The bucket of template {@code t} for {@code scope}; null when the rule has no rate. */
    Bucket bucket(Classifier c, int t, String scope) {
      if (!hasRate) return null;
      if (fixed != null) return fixed[perTemplate == null ? 0 : t];
      BucketTable from = perTemplate == null ? table : perTemplate[t];
      Bucket b = c.bucketOf(from, scope, false);
      noteOverflow(from);
      return b;
    }

    /** Reports when this rule's keys start or stop sharing an overflow bucket. */
    void noteOverflow(BucketTable from) {
      boolean full = from.overflowing();
      if (overflowingSeen.get() != full && overflowingSeen.compareAndSet(!full, full)) {
        listener.bucketsOverflowing(rule.name(), full);
      }
    }

    Bucket otherwiseBucket(Classifier c, Request request, String label) {
      if (!hasRate) return null;
      if (fixed != null) return fixed[0];
      if (appScope) {
        Bucket b = byLabel.get(label);
        if (b != null) return b;
        boolean keep = byLabel.size() < MAX_TAG_ROUTES; // labels are bounded: templates, tags, methods
        b = table.bucket("app|" + label, keep, c.clock.nanoTime());
        if (keep) byLabel.putIfAbsent(label, b);
        return b;
      }
      String scope = c.scopeKey(this, request, null, -1, List.of(), 0, -1);
      Bucket b = c.bucketOf(table, rule.isShared() ? scope : scope + "|" + label, false);
      noteOverflow(table);
      return b;
    }

    String slotKey(String scope, String endpointId) {
      String base = rule.name() + "|" + scopePrefix + scope;
      return rule.isShared() ? base : base + "|" + endpointId;
    }
  }

  /** What a typed client's endpoint tag matches, worked out once per tag. */
  private static final class TagRoute {
    final String label;
    /** Per rule: the matching template's index, or -1. */
    final int[] matched;
    /** Per rule: the tag template's segment holding the scope variable (-1: none), counted so it aligns with the real path's end. */
    final int[] variableAt;
    final int tagSegments;
    /** Per rule: a constant scope value, when the tag's template has a literal where the rule has the variable. */
    final String[] constant;

    TagRoute(Endpoint tag, CompiledRule[] rules) {
      this.label = tag.toString();
      PathTemplate tagTemplate;
      try {
        tagTemplate = PathTemplate.of(tag.method(), tag.template());
      } catch (IllegalArgumentException e) {
        tagTemplate = null;
      }
      this.tagSegments = tagTemplate == null ? 0 : tagTemplate.segmentCount();
      int n = rules.length;
      this.matched = new int[n];
      this.variableAt = new int[n];
      this.constant = new String[n];
      for (int i = 0; i < n; i++) {
        CompiledRule r = rules[i];
        matched[i] = -1;
        variableAt[i] = -1;
        if (r.rule.isOtherwise()) continue;
        int best = -1;
        for (int t = 0; t < r.templates.length; t++) {
          Map<String, String> v = r.templates[t].match(tag.method(), tag.template());
          if (v != null && (best < 0 || r.templates[t].specificity() > r.templates[best].specificity())) best = t;
        }
        matched[i] = best;
        if (best < 0 || r.variableIndex[best] < 0) continue;
        int at = r.variableIndex[best];
        if (tagTemplate != null && at < tagTemplate.segmentCount()) {
          if (tagTemplate.variableAt(at) != null) {
            variableAt[i] = at;
          } else {
            constant[i] = tagTemplate.segmentAt(at);
          }
        }
      }
    }

    /** The scope variable's value for rule {@code i}: read from the real path, aligned at its end (a base URL may add a prefix). */
    String variable(int i, List<String> segs, int count) {
      if (constant[i] != null) return constant[i];
      int at = variableAt[i];
      if (at < 0 || count < tagSegments) return null;
      return segs.get(count - tagSegments + at);
    }
  }
}
