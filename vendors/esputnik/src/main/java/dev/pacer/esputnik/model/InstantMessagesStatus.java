package dev.pacer.esputnik.model;

import dev.pacer.vendor.support.Copies;
import java.util.List;

/**
 * Delivery states of sent messages. A single result, which eSputnik sends as an object, reads as
 * a one-element list.
 *
 * @param results the states
 */
public record InstantMessagesStatus(List<InstantMessageStatus> results) {

  /** Copies the list. */
  public InstantMessagesStatus {
    results = Copies.listOrNull(results);
  }
}
