package dev.pacer.koreccai.model;

import dev.pacer.vendor.support.Copies;
import java.time.Instant;
import java.util.List;

/**
 * One time bucket of an agent's status summary.
 *
 * @param startTime when the bucket starts
 * @param endTime when it ends
 * @param status the statuses measured in it
 */
public record StatusInterval(Instant startTime, Instant endTime, List<StatusMetric> status) {
  /** Copies the list; a missing list reads as empty. */
  public StatusInterval {
    status = Copies.listOrEmpty(status);
  }
}
