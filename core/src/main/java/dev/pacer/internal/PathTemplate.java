package dev.pacer.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A parsed {@code METHOD /path/{var}/**} template. A {@code {var}} matches exactly one
 * non-empty path segment; a final {@code **} matches zero or more segments; method {@code *}
 * matches any method. Immutable.
 */
public final class PathTemplate {
  private final String method;
  private final String source;
  private final String[] segments; // literal text, "{name}" or "**"
  private final String[] variables; // per segment: variable name or null
  private final boolean tail;
  private final String shape;

  private PathTemplate(String method, String source, String[] segments, String[] variables, boolean tail) {
    this.method = method;
    this.source = source;
    this.segments = segments;
    this.variables = variables;
    this.tail = tail;
    StringBuilder b = new StringBuilder(method).append(' ');
    for (int i = 0; i < segments.length; i++) {
      b.append('/').append(variables[i] != null ? "{}" : segments[i]);
    }
    if (segments.length == 0) b.append('/');
    this.shape = b.toString();
  }

  /**
   * Parses {@code "GET /api/v1/messages/email/{id}"}.
   *
   * @throws IllegalArgumentException naming the template and what is wrong with it
   */
  public static PathTemplate parse(String spec) {
    if (spec == null) throw new NullPointerException("template == null");
    String trimmed = spec.trim();
    int space = trimmed.indexOf(' ');
    if (space <= 0) {
      throw new IllegalArgumentException("template must be 'METHOD /path': '" + spec + "'");
    }
    String method = trimmed.substring(0, space).toUpperCase(Locale.ROOT);
    if (!method.equals("*") && !method.matches("[A-Z]+")) {
      throw new IllegalArgumentException("bad method in template '" + spec + "': " + method);
    }
    String path = trimmed.substring(space + 1).trim();
    return parsePath(method, path, spec);
  }

  /** Parses a path template for {@code method}. */
  public static PathTemplate of(String method, String path) {
    return parsePath(method.toUpperCase(Locale.ROOT), path, method + " " + path);
  }

  private static PathTemplate parsePath(String method, String path, String spec) {
    if (!path.startsWith("/")) {
      throw new IllegalArgumentException("template path must start with '/': '" + spec + "'");
    }
    int q = path.indexOf('?');
    if (q >= 0) {
      throw new IllegalArgumentException("template must not contain a query: '" + spec + "'");
    }
    String body = path.substring(1);
    if (body.endsWith("/")) body = body.substring(0, body.length() - 1);
    List<String> segs = new ArrayList<>();
    List<String> vars = new ArrayList<>();
    boolean tail = false;
    if (!body.isEmpty()) {
      String[] parts = body.split("/", -1);
      for (int i = 0; i < parts.length; i++) {
        String part = parts[i];
        if (part.isEmpty()) {
          throw new IllegalArgumentException("empty path segment in template '" + spec + "'");
        }
        if (part.equals("**")) {
          if (i != parts.length - 1) {
            throw new IllegalArgumentException("'**' must be the last segment: '" + spec + "'");
          }
          tail = true;
          break;
        }
        if (part.startsWith("{") || part.endsWith("}")) {
          if (!(part.startsWith("{") && part.endsWith("}")) || !part.substring(1, part.length() - 1).matches("[A-Za-z0-9_]+")) {
            throw new IllegalArgumentException("malformed variable '" + part + "' in template '" + spec + "'");
          }
          String name = part.substring(1, part.length() - 1);
          if (vars.contains(name)) {
            throw new IllegalArgumentException("variable {" + name + "} appears twice in template '" + spec + "'");
          }
          segs.add(part);
          vars.add(name);
        } else {
          if (part.indexOf('{') >= 0 || part.indexOf('}') >= 0 || part.indexOf('*') >= 0) {
            throw new IllegalArgumentException("malformed segment '" + part + "' in template '" + spec + "'");
          }
          segs.add(part);
          vars.add(null);
        }
      }
    }
    return new PathTemplate(method, method + " " + path, segs.toArray(new String[0]), vars.toArray(new String[0]), tail);
  }

  /** The method, upper case, or {@code *}. */
  public String method() {
    return method;
  }

  /** The template as written, normalised to {@code METHOD /path}. */
  public String source() {
    return source;
  }

  /** The template with variable names erased: two templates of one shape match the same requests. */
  public String shape() {
    return shape;
  }

  /** Names of the template's variables, in order. */
  public List<String> variableNames() {
    List<String> out = new ArrayList<>();
    for (String v : variables) if (v != null) out.add(v);
    return Collections.unmodifiableList(out);
  }

  /** Number of literal segments; more literals make a template more specific. */
  public int specificity() {
    int n = 0;
    for (String v : variables) if (v == null) n++;
    return n * 4 + (tail ? 0 : 2) + (method.equals("*") ? 0 : 1);
  }

  /**
   * Matches {@code method} and an encoded {@code path} (from {@code HttpUrl.encodedPath()}).
   *
   * @return the variable values, or null when the template does not match
   */
  public Map<String, String> match(String requestMethod, String encodedPath) {
    if (!method.equals("*") && !method.equals(requestMethod)) return null;
    int pos = 1; // skip leading '/'
    int len = encodedPath.length();
    if (len > 1 && encodedPath.charAt(len - 1) == '/') len--;
    Map<String, String> values = null;
    for (int i = 0; i < segments.length; i++) {
      if (pos > len) return null;
      int end = encodedPath.indexOf('/', pos);
      if (end < 0 || end > len) end = len;
      if (end == pos) return null;
      if (variables[i] == null) {
        String lit = segments[i];
        if (end - pos != lit.length() || !encodedPath.regionMatches(pos, lit, 0, lit.length())) return null;
      } else {
        if (values == null) values = new LinkedHashMap<>();
        values.put(variables[i], encodedPath.substring(pos, end));
      }
      pos = end + 1;
    }
    if (!tail && pos < len) return null;
    return values == null ? Collections.emptyMap() : values;
  }

  /**
   * Like {@link #match}, but when the whole path does not match, matches the template against the
   * path's last segments: a template without {@code **} then reads its variables from a path that
   * carries an extra prefix (a base URL behind a proxy, say). Null when neither matches.
   */
  public Map<String, String> matchAllowingPrefix(String requestMethod, String encodedPath) {
    Map<String, String> whole = match(requestMethod, encodedPath);
    if (whole != null || tail) return whole;
    int len = encodedPath.length();
    if (len > 1 && encodedPath.charAt(len - 1) == '/') len--;
    int start = len;
    for (int n = 0; n < segments.length; n++) {
      start = encodedPath.lastIndexOf('/', start - 1);
      if (start <= 0) return null; // no prefix left to drop
    }
    return match(requestMethod, encodedPath.substring(start, len));
  }

  /** The path part of the template, as written (after the method). */
  public String path() {
    return source.substring(source.indexOf(' ') + 1);
  }

  /** Segments before any trailing {@code **}. */
  int segmentCount() {
    return segments.length;
  }

  /** True when the template ends in {@code **}. */
  boolean hasTail() {
    return tail;
  }

  /** The variable name of segment {@code i}, or null for a literal. */
  String variableAt(int i) {
    return variables[i];
  }

  /** Segment {@code i} as written: literal text or {@code {name}}. */
  String segmentAt(int i) {
    return segments[i];
  }

  /** Index of the segment holding variable {@code name}, or -1. */
  int indexOfVariable(String name) {
    for (int i = 0; i < variables.length; i++) if (name.equals(variables[i])) return i;
    return -1;
  }

  /**
   * Matches the first {@code count} of {@code segs} (a URL's decoded path segments) without
   * allocating: literals must equal their segment, variables take any non-empty segment.
   */
  boolean matches(String requestMethod, List<String> segs, int count) {
    if (!method.equals("*") && !method.equals(requestMethod)) return false;
    if (tail ? count < segments.length : count != segments.length) return false;
    for (int i = 0; i < segments.length; i++) {
      String seg = segs.get(i);
      if (variables[i] == null ? !segments[i].equals(seg) : seg.isEmpty()) return false;
    }
    return true;
  }

  @Override
  public String toString() {
    return source;
  }
}
