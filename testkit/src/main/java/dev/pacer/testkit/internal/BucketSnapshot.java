package dev.pacer.testkit.internal;

/**
 * The counters of one bucket at one moment.
 *
 * @param bucket the bucket name
 * @param permits permits per window, or the concurrency cap
 * @param periodMillis the window length; 0 for a concurrency cap
 * @param admitted requests admitted in all
 * @param rejected 429s answered because this bucket was full
 * @param maxAdmittedInAnyWindow the most requests admitted in one window (0 for a cap)
 * @param inFlight admitted requests whose responses have not finished yet
 * @param peakInFlight the most admitted requests in flight at once
 */
public record BucketSnapshot(
    String bucket,
    int permits,
    long periodMillis,
    long admitted,
    long rejected,
    int maxAdmittedInAnyWindow,
    int inFlight,
    int peakInFlight) {}
