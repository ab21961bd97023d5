package dev.pacer.testkit.internal;

import java.util.List;
import java.util.Map;

/**
 * What {@link LimitBook#tryAdmit} decided for one request: admitted with a {@link Lease}, or
 * rejected by one limit. Either way it reports the state of every window bucket the request
 * falls under, so a vendor model can write its rate-limit headers. Immutable.
 */
public final class Admission {
  private final Limit rejectedBy;
  private final Map<String, WindowView> windows;
  private final List<String> buckets;
  private final Lease lease;
  private final long rejectedResetAtMillis;

  private Admission(
      Limit rejectedBy,
      Map<String, WindowView> windows,
      List<String> buckets,
      Lease lease,
      long rejectedResetAtMillis) {
    this.rejectedBy = rejectedBy;
    this.windows = Map.copyOf(windows);
    this.buckets = List.copyOf(buckets);
    this.lease = lease;
    this.rejectedResetAtMillis = rejectedResetAtMillis;
  }

  static Admission admitted(Map<String, WindowView> windows, List<String> buckets, Lease lease) {
    return new Admission(null, windows, buckets, lease, 0L);
  }

  static Admission rejected(
      Limit rejectedBy, Map<String, WindowView> windows, long rejectedResetAtMillis) {
    return new Admission(rejectedBy, windows, List.of(), Lease.NONE, rejectedResetAtMillis);
  }

  /** True when every limit admitted the request. */
  public boolean admitted() {
    return rejectedBy == null;
  }

  /** The first limit that rejected the request, or null when admitted. */
  public Limit rejectedBy() {
    return rejectedBy;
  }

  /**
   * When the rejecting window ends (sandbox epoch millis); 0 for an admitted request or a
   * concurrency rejection.
   */
  public long rejectedResetAtMillis() {
    return rejectedResetAtMillis;
  }

  /** The state of window bucket {@code bucket}, or null if the request did not fall under it. */
  public WindowView window(String bucket) {
    return windows.get(bucket);
  }

  /** The buckets the request was counted in; empty when rejected. */
  public List<String> buckets() {
    return buckets;
  }

  /** The slots to give back when the response finishes; {@link Lease#NONE} when rejected. */
  public Lease lease() {
    return lease;
  }
}
