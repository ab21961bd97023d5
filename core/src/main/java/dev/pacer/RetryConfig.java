package dev.pacer;

import java.time.Duration;
import java.util.Objects;

/**
 * How Pacer retries: on 429 and on 503 with {@code Retry-After} it waits what the server says;
 * otherwise (no usable hint, a network error or a 5xx on a request that is safe to replay) it
 * backs off exponentially with full jitter. Immutable and thread-safe.
 *
 * <p>Defaults: {@link #maxAttempts()} 4, {@link #initialBackoff()} 500 ms, {@link
 * #maxBackoff()} 30 s, {@link #maxRetryAfter()} 5 min, {@link #maxTotalTime()} 2 min.
 */
public final class RetryConfig {
  private static final RetryConfig DEFAULTS = new Builder().build();

  private final int maxAttempts;
  private final Duration initialBackoff;
  private final Duration maxBackoff;
  private final Duration maxRetryAfter;
  private final Duration maxTotalTime;
  private final int retryBudget;

  private RetryConfig(Builder b) {
    this.maxAttempts = b.maxAttempts;
    this.initialBackoff = b.initialBackoff;
    this.maxBackoff = b.maxBackoff;
    this.maxRetryAfter = b.maxRetryAfter;
    this.maxTotalTime = b.maxTotalTime;
    this.retryBudget = b.retryBudget;
    if (maxBackoff.compareTo(initialBackoff) < 0) {
      throw new IllegalArgumentException("maxBackoff < initialBackoff: " + maxBackoff + " < " + initialBackoff);
    }
  }

  /** The defaults. */
  public static RetryConfig defaults() {
    return DEFAULTS;
  }

  /** No retries at all: every response and failure reaches the caller as it came. */
  public static RetryConfig disabled() {
    return new Builder().maxAttempts(1).build();
  }

  /** A builder starting from the defaults. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding this config's settings. */
  public Builder toBuilder() {
    return new Builder()
        .maxAttempts(maxAttempts)
        .initialBackoff(initialBackoff)
        .maxBackoff(maxBackoff)
        .maxRetryAfter(maxRetryAfter)
        .maxTotalTime(maxTotalTime)
        .retryBudget(retryBudget);
  }

  /** Attempts per call, the first included. 1 disables retries. */
  public int maxAttempts() {
    return maxAttempts;
  }

  /**
   * The shortest backoff, used when the server gave no usable hint. Each retry waits a random
   * time between it and a cap that doubles per retry from twice this value (full jitter above a
   * floor, so never an instant retry), at most {@link #maxBackoff()}. At least 1 ms.
   */
  public Duration initialBackoff() {
    return initialBackoff;
  }

  /** The largest backoff when the server gave no hint. */
  public Duration maxBackoff() {
    return maxBackoff;
  }

  /**
   * The longest server-ordered wait Pacer honours. A {@code Retry-After} beyond it fails the
   * call at once with {@link ServerRetryTooLongException} (unless the call is out of attempts,
   * when the response itself reaches the caller); it is never shortened silently.
   */
  public Duration maxRetryAfter() {
    return maxRetryAfter;
  }

  /** The most time one call may spend across all its attempts and waits. */
  public Duration maxTotalTime() {
    return maxTotalTime;
  }

  /**
   * The retry budget of one {@code Pacer}, in tokens (0: no budget). Every retry draws
   * {@link #RETRY_COST} tokens and every successful answer (below 500, not 429 or 408) returns
   * one, up to the budget; a retry the budget cannot pay for is not made, the caller gets the
   * answer or failure as it came, and {@code PacerListener.retryBudgetExhausted} says so once.
   * When a dependency fails broadly, retries fall to about one per {@value #RETRY_COST}
   * successes instead of multiplying the load. Default 500 tokens: 100 retries in a row.
   * Retries of a throttle (a 429, or what the policy's throttle signal calls one) draw nothing:
   * they wait the server's time or the paused bucket's, so they add no load, and a long run of
   * 429s does not leave other failures without retries.
   */
  public int retryBudget() {
    return retryBudget;
  }

  /** Tokens one retry draws from the {@link #retryBudget()}. */
  public static final int RETRY_COST = 5;

  @Override
  public String toString() {
    return "RetryConfig{maxAttempts=" + maxAttempts + ", initialBackoff=" + initialBackoff
        + ", maxBackoff=" + maxBackoff + ", maxRetryAfter=" + maxRetryAfter + ", maxTotalTime=" + maxTotalTime + ", retryBudget=" + retryBudget + "}";
  }

  /** Builds a {@link RetryConfig}. */
  public static final class Builder {
    private int maxAttempts = 4;
    private Duration initialBackoff = Duration.ofMillis(500);
    private Duration maxBackoff = Duration.ofSeconds(30);
    private Duration maxRetryAfter = Duration.ofMinutes(5);
    private Duration maxTotalTime = Duration.ofMinutes(2);
    private int retryBudget = 500;

    private Builder() {}

    /** See {@link RetryConfig#retryBudget()}; 0 turns the budget off. */
    public Builder retryBudget(int tokens) {
      if (tokens < 0) throw new IllegalArgumentException("retryBudget < 0: " + tokens);
      this.retryBudget = tokens;
      return this;
    }

    /** See {@link RetryConfig#maxAttempts()}. */
    public Builder maxAttempts(int maxAttempts) {
      if (maxAttempts < 1) throw new IllegalArgumentException("maxAttempts < 1: " + maxAttempts);
      this.maxAttempts = maxAttempts;
      return this;
    }

    /** See {@link RetryConfig#initialBackoff()}; at least 1 ms. */
    public Builder initialBackoff(Duration d) {
      positive(d, "initialBackoff");
      if (d.compareTo(Duration.ofMillis(1)) < 0) throw new IllegalArgumentException("initialBackoff < 1 ms: " + d);
      this.initialBackoff = d;
      return this;
    }

    /** See {@link RetryConfig#maxBackoff()}. */
    public Builder maxBackoff(Duration d) {
      this.maxBackoff = positive(d, "maxBackoff");
      return this;
    }

    /** See {@link RetryConfig#maxRetryAfter()}. */
    public Builder maxRetryAfter(Duration d) {
      this.maxRetryAfter = positive(d, "maxRetryAfter");
      return this;
    }

    /** See {@link RetryConfig#maxTotalTime()}. */
    public Builder maxTotalTime(Duration d) {
      this.maxTotalTime = positive(d, "maxTotalTime");
      return this;
    }

    /** Validates and builds. */
    public RetryConfig build() {
      return new RetryConfig(this);
    }

    private static Duration positive(Duration d, String name) {
      Objects.requireNonNull(d, name + " == null");
      if (d.isNegative() || d.isZero()) throw new IllegalArgumentException(name + " <= 0: " + d);
      return d;
    }
  }
}
