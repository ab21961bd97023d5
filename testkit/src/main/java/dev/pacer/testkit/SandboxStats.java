package dev.pacer.testkit;

import dev.pacer.testkit.internal.BucketSnapshot;
import dev.pacer.testkit.internal.LogEntry;
import dev.pacer.testkit.internal.StatsSnapshot;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * What a {@link VendorSandbox} has counted, as a snapshot taken by {@link VendorSandbox#stats()}:
 * per bucket, how many requests were admitted, the most admitted in any one window, the 429s,
 * and the peak number in flight; the faults injected; and the request log.
 *
 * <p>Bucket names are those documented on {@link VendorProfile}. A bucket exists once a request
 * fell under it; asking about any other name throws {@link IllegalArgumentException}, so that a
 * misspelt name fails a test instead of passing it with zeros.
 *
 * <p>Immutable and thread-safe; take a new snapshot to see later requests.
 */
public final class SandboxStats {
  private final StatsSnapshot snapshot;

  SandboxStats(StatsSnapshot snapshot) {
    this.snapshot = snapshot;
  }

  /** Every bucket any request fell under so far, sorted by name. */
  public Set<String> buckets() {
    return snapshot.buckets().keySet();
  }

  /** Requests admitted in {@code bucket}, in all. */
  public long admitted(String bucket) {
    return bucket(bucket).admitted();
  }

  /**
   * The most requests admitted in {@code bucket} within one of its fixed windows; 0 for a
   * concurrency bucket. A client that respects the limit keeps this at or below
   * {@link #permits(String)}; the sandbox itself never admits more.
   */
  public int maxAdmittedInAnyWindow(String bucket) {
    return bucket(bucket).maxAdmittedInAnyWindow();
  }

  /** The limit of {@code bucket}: its permits per window, or its concurrency cap. */
  public int permits(String bucket) {
    return bucket(bucket).permits();
  }

  /** Every 429 the sandbox answered, for any bucket. */
  public long count429() {
    return snapshot.count429();
  }

  /** 429s answered because {@code bucket} was full. */
  public long count429(String bucket) {
    return bucket(bucket).rejected();
  }

  /**
   * The most admitted requests of {@code bucket} in flight at once (from admission until their
   * response body was sent or their client disconnected).
   */
  public int peakConcurrency(String bucket) {
    return bucket(bucket).peakInFlight();
  }

  /** Admitted requests of {@code bucket} in flight when this snapshot was taken. */
  public int inFlight(String bucket) {
    return bucket(bucket).inFlight();
  }

  /** Faults injected of {@code kind}. */
  public long faults(FaultKind kind) {
    Objects.requireNonNull(kind, "kind == null");
    return snapshot.faults().getOrDefault(kind, 0L);
  }

  /** Faults injected of any kind. */
  public long faults() {
    long total = 0;
    for (long count : snapshot.faults().values()) {
      total += count;
    }
    return total;
  }

  /** Every request handled, including those the bounded log no longer holds. */
  public long requestCount() {
    return snapshot.totalRequests();
  }

  /**
   * The logged requests, oldest first: all of them unless more than the builder's
   * {@link VendorSandbox.Builder#requestLogLimit log limit} arrived. Credentials are hashed.
   */
  public List<LoggedRequest> requests() {
    List<LoggedRequest> result = new ArrayList<>(snapshot.log().size());
    for (LogEntry entry : snapshot.log()) {
      result.add(new LoggedRequest(entry));
    }
    return result;
  }

  private BucketSnapshot bucket(String name) {
    Objects.requireNonNull(name, "bucket == null");
    BucketSnapshot bucket = snapshot.buckets().get(name);
    if (bucket == null) {
      throw new IllegalArgumentException("unknown bucket: " + name + "; known: " + buckets());
    }
    return bucket;
  }

  @Override
  public String toString() {
    StringBuilder out = new StringBuilder("SandboxStats{requests=").append(requestCount())
        .append(", 429s=").append(count429()).append(", faults=").append(faults());
    for (Map.Entry<String, BucketSnapshot> entry : snapshot.buckets().entrySet()) {
      BucketSnapshot b = entry.getValue();
      out.append(", ").append(entry.getKey()).append("={admitted=").append(b.admitted())
          .append(", maxInWindow=").append(b.maxAdmittedInAnyWindow())
          .append(", 429s=").append(b.rejected())
          .append(", peakConcurrency=").append(b.peakInFlight()).append('}');
    }
    return out.append('}').toString();
  }
}
