package dev.pacer.policy;

import java.util.Objects;
import java.util.function.Function;
import okhttp3.Request;

/**
 * Whose budget a rule counts against: the whole application, one credential (an account's
 * access token), one path variable (a user id), or a key the caller computes. Immutable.
 *
 * <p>Credentials never appear in bucket keys: {@link #credential(String)} keys on a SHA-256
 * digest of the header value, and the raw value is never stored.
 */
public final class Scope {
  /** The kinds of scope. */
  public enum Kind {
    /** One budget for every request the rule covers. */
    APPLICATION,
    /** One budget per value of a request header, hashed (an API key, an access token). */
    CREDENTIAL,
    /** One budget per value of a path variable of the matched template. */
    PATH_VARIABLE,
    /** One budget per key returned by a caller-supplied function. */
    CUSTOM
  }

  private static final Scope APPLICATION = new Scope(Kind.APPLICATION, "application", null);

  private final Kind kind;
  private final String name;
  private final Function<Request, String> keyFunction;

  private Scope(Kind kind, String name, Function<Request, String> keyFunction) {
    this.kind = kind;
    this.name = name;
    this.keyFunction = keyFunction;
  }

  /** One budget for the whole application (the API key). This is the default scope. */
  public static Scope application() {
    return APPLICATION;
  }

  /**
   * One budget per value of {@code headerName} (for example {@code Authorization}). The value
   * is hashed before it becomes part of a bucket key; requests without the header share one
   * anonymous budget.
   */
  public static Scope credential(String headerName) {
    Objects.requireNonNull(headerName, "headerName == null");
    if (headerName.isBlank()) {
      throw new IllegalArgumentException("headerName is blank");
    }
    return new Scope(Kind.CREDENTIAL, headerName, null);
  }

  /** One budget per value of the template variable {@code variable}, e.g. {@code id}. */
  public static Scope pathVariable(String variable) {
    Objects.requireNonNull(variable, "variable == null");
    if (!variable.matches("[A-Za-z0-9_]+")) {
      throw new IllegalArgumentException("not a template variable name: " + variable);
    }
    return new Scope(Kind.PATH_VARIABLE, variable, null);
  }

  /**
   * One budget per key that {@code keyFunction} returns for a request. {@code name} identifies
   * the scope in bucket keys and events. The function must be fast, must not return null, and
   * must not return secrets: its result appears in bucket keys and events as is.
   */
  public static Scope custom(String name, Function<Request, String> keyFunction) {
    Objects.requireNonNull(name, "name == null");
    Objects.requireNonNull(keyFunction, "keyFunction == null");
    return new Scope(Kind.CUSTOM, name, keyFunction);
  }

  /** The kind of this scope. */
  public Kind kind() {
    return kind;
  }

  /**
   * The header name for {@link Kind#CREDENTIAL}, the variable for {@link Kind#PATH_VARIABLE},
   * the caller's name for {@link Kind#CUSTOM}, {@code application} otherwise.
   */
  public String name() {
    return name;
  }

  /** The key function of a {@link Kind#CUSTOM} scope, or null. */
  public Function<Request, String> keyFunction() {
    return keyFunction;
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) return true;
    if (!(o instanceof Scope)) return false;
    Scope that = (Scope) o;
    return kind == that.kind
        && (kind == Kind.CREDENTIAL ? name.equalsIgnoreCase(that.name) : name.equals(that.name))
        && Objects.equals(keyFunction, that.keyFunction);
  }

  @Override
  public int hashCode() {
    return kind.hashCode() * 31 + name.toLowerCase(java.util.Locale.ROOT).hashCode();
  }

  @Override
  public String toString() {
    switch (kind) {
      case APPLICATION:
        return "application";
      case CREDENTIAL:
        return "credential(" + name + ")";
      case PATH_VARIABLE:
        return "pathVariable(" + name + ")";
      default:
        return "custom(" + name + ")";
    }
  }
}
