package dev.pacer.testkit.internal;

import dev.pacer.testkit.FaultKind;
import java.util.List;
import java.util.Map;

/**
 * Everything the engine counted, at one moment.
 *
 * @param buckets every bucket touched so far, by name
 * @param count429 every 429 answered
 * @param faults faults injected, by kind
 * @param totalRequests every request handled, including those no longer in the log
 * @param log the most recent requests, oldest first
 */
public record StatsSnapshot(
    Map<String, BucketSnapshot> buckets,
    long count429,
    Map<FaultKind, Long> faults,
    long totalRequests,
    List<LogEntry> log) {}
