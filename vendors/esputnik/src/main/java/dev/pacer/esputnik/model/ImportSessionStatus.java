package dev.pacer.esputnik.model;

import dev.pacer.vendor.support.Copies;
import java.util.List;

/**
 * The state of an asynchronous contact import.
 *
 * @param status {@code STARTED} (queued), {@code IMPORTING}, {@code FINISHED} or {@code ERROR}
 * @param timestamp when the status was set, ISO-8601
 * @param description an optional description
 * @param mapping the contacts created or updated, per deduplication value
 */
public record ImportSessionStatus(String status, String timestamp, String description, List<DedupeMapping> mapping) {

  /** Copies the list. */
  public ImportSessionStatus {
    mapping = Copies.listOrNull(mapping);
  }
}
