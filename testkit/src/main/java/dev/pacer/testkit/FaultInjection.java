package dev.pacer.testkit;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;

/**
 * Which faults a {@link VendorSandbox} injects and how often: each request draws from a
 * {@link java.util.SplittableRandom} seeded with {@link #seed()}; with probability
 * {@link #rate()} it gets a fault, picked uniformly from {@link #kinds()}. The same seed and the
 * same sequence of requests give the same faults.
 *
 * <p>Immutable and thread-safe; {@link Builder#build()} copies, so a reused builder never changes
 * a built value.
 */
public final class FaultInjection {
  private static final FaultInjection NONE = builder().build();

  private final double rate;
  private final long seed;
  private final List<FaultKind> kinds;

  private FaultInjection(Builder builder) {
    this.rate = builder.rate;
    this.seed = builder.seed;
    this.kinds = List.copyOf(builder.kinds);
  }

  /** No faults at all: the default of {@link VendorSandbox.Builder}. */
  public static FaultInjection none() {
    return NONE;
  }

  /** A builder with rate 0, seed 0 and every {@link FaultKind}. */
  public static Builder builder() {
    return new Builder();
  }

  /** The probability, from 0 to 1, that a request gets a fault. */
  public double rate() {
    return rate;
  }

  /** The seed of the random draws. */
  public long seed() {
    return seed;
  }

  /** The kinds to pick from, in declaration order, without duplicates. */
  public List<FaultKind> kinds() {
    return kinds;
  }

  /** A builder holding this value's settings. */
  public Builder toBuilder() {
    Builder builder = new Builder();
    builder.rate = rate;
    builder.seed = seed;
    builder.kinds = EnumSet.copyOf(kinds);
    return builder;
  }

  @Override
  public String toString() {
    return "FaultInjection{rate=" + rate + ", seed=" + seed + ", kinds=" + kinds + "}";
  }

  /** Builds a {@link FaultInjection}. Not thread-safe. */
  public static final class Builder {
    private double rate;
    private long seed;
    private EnumSet<FaultKind> kinds = EnumSet.allOf(FaultKind.class);

    private Builder() {}

    /** The probability, from 0 to 1 inclusive, that a request gets a fault. Default 0. */
    public Builder rate(double rate) {
      if (!(rate >= 0.0 && rate <= 1.0)) {
        throw new IllegalArgumentException("rate not in [0, 1]: " + rate);
      }
      this.rate = rate;
      return this;
    }

    /** The seed of the random draws. Default 0. */
    public Builder seed(long seed) {
      this.seed = seed;
      return this;
    }

    /** The kinds to pick from; at least one. Default: every {@link FaultKind}. */
    public Builder kinds(FaultKind... kinds) {
      Objects.requireNonNull(kinds, "kinds == null");
      return kinds(Arrays.asList(kinds));
    }

    /** The kinds to pick from; at least one. Default: every {@link FaultKind}. */
    public Builder kinds(Collection<FaultKind> kinds) {
      Objects.requireNonNull(kinds, "kinds == null");
      List<FaultKind> copy = new ArrayList<>(kinds);
      for (FaultKind kind : copy) {
        Objects.requireNonNull(kind, "kinds contains null");
      }
      if (copy.isEmpty()) {
        throw new IllegalArgumentException("kinds is empty");
      }
      this.kinds = EnumSet.copyOf(copy);
      return this;
    }

    /** The fault settings. */
    public FaultInjection build() {
      return new FaultInjection(this);
    }
  }
}
