package dev.pacer.testkit.internal;

import java.time.Duration;
import java.util.Objects;
import okhttp3.Headers;

/**
 * The engine's answer to one request, independent of any socket: status, headers and body, how
 * the body is delivered, and the {@link Lease} to release when it has been. Immutable.
 */
public final class Reply {

  /** How the body reaches the client. */
  public enum Kind {
    /** The whole body at once. */
    FIXED,
    /** Newline-separated JSON objects, then keep-alive newlines until the hold ends. */
    STREAM,
    /** Whitespace keep-alives until the hold ends, then the body: a held long-poll. */
    LONG_POLL,
    /** No response at all: the connection closes after the request was processed. */
    DROP
  }

  private final int status;
  private final Headers headers;
  private final String body;
  private final Kind kind;
  private final Duration maxHold;
  private final Lease lease;

  private Reply(Builder builder) {
    this.status = builder.status;
    this.headers = builder.headers.build();
    this.body = builder.body;
    this.kind = builder.kind;
    this.maxHold = builder.maxHold;
    this.lease = builder.lease;
  }

  /** A reply with {@code status}, no headers and an empty body. */
  public static Builder builder(int status) {
    return new Builder(status);
  }

  /** A JSON reply. */
  public static Reply json(int status, String json) {
    return builder(status).header("Content-Type", "application/json; charset=utf-8").body(json).build();
  }

  /** A plain-text reply. */
  public static Reply text(int status, String text) {
    return builder(status).header("Content-Type", "text/plain; charset=utf-8").body(text).build();
  }

  /** The HTTP status code; 0 for {@link Kind#DROP}. */
  public int status() {
    return status;
  }

  /** The response headers. */
  public Headers headers() {
    return headers;
  }

  /** The body (for {@link Kind#STREAM} the lines sent first). */
  public String body() {
    return body;
  }

  /** How the body is delivered. */
  public Kind kind() {
    return kind;
  }

  /** A cap on how long a held body stays open, shorter than the sandbox's, or null. */
  public Duration maxHold() {
    return maxHold;
  }

  /** The slots to release once the body has been sent. */
  public Lease lease() {
    return lease;
  }

  /** A builder starting from this reply. */
  public Builder newBuilder() {
    Builder builder = new Builder(status);
    builder.headers = headers.newBuilder();
    builder.body = body;
    builder.kind = kind;
    builder.maxHold = maxHold;
    builder.lease = lease;
    return builder;
  }

  @Override
  public String toString() {
    return "Reply{" + status + ", " + kind + "}";
  }

  /** Builds a {@link Reply}. */
  public static final class Builder {
    private int status;
    private Headers.Builder headers = new Headers.Builder();
    private String body = "";
    private Kind kind = Kind.FIXED;
    private Duration maxHold;
    private Lease lease = Lease.NONE;

    private Builder(int status) {
      this.status = status;
    }

    /** Sets the status code. */
    public Builder status(int status) {
      this.status = status;
      return this;
    }

    /** Adds a header; values are not validated so that malformed ones can be sent. */
    public Builder header(String name, String value) {
      headers.addUnsafeNonAscii(name, value);
      return this;
    }

    /** Replaces every header named {@code name} with one of {@code value}. */
    public Builder setHeader(String name, String value) {
      headers.removeAll(name);
      return header(name, value);
    }

    /** Removes every header named {@code name}. */
    public Builder removeHeader(String name) {
      headers.removeAll(name);
      return this;
    }

    /** Sets the body. */
    public Builder body(String body) {
      this.body = Objects.requireNonNull(body, "body == null");
      return this;
    }

    /** Sets how the body is delivered. */
    public Builder kind(Kind kind) {
      this.kind = Objects.requireNonNull(kind, "kind == null");
      return this;
    }

    /** Caps how long a held body stays open. */
    public Builder maxHold(Duration maxHold) {
      this.maxHold = maxHold;
      return this;
    }

    /** Sets the slots to release once the body has been sent. */
    public Builder lease(Lease lease) {
      this.lease = Objects.requireNonNull(lease, "lease == null");
      return this;
    }

    /** The reply. */
    public Reply build() {
      return new Reply(this);
    }
  }
}
