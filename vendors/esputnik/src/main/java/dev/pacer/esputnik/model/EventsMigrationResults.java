package dev.pacer.esputnik.model;

import dev.pacer.vendor.support.Copies;
import java.util.List;

/**
 * The outcome of a past-events batch, one result per event in order.
 *
 * @param results the per-event results
 * @param successCount how many were accepted
 * @param errorCount how many were rejected
 */
public record EventsMigrationResults(List<EventsMigrationResult> results, Integer successCount, Integer errorCount) {

  /** Copies the list. */
  public EventsMigrationResults {
    results = Copies.listOrNull(results);
  }
}
