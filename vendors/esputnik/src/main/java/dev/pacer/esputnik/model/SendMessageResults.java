package dev.pacer.esputnik.model;

import dev.pacer.vendor.support.Copies;
import java.util.List;

/**
 * The outcome of a send, one result per recipient. A single result, which eSputnik sends as an
 * object, reads as a one-element list.
 *
 * @param results the per-recipient results
 */
public record SendMessageResults(List<SendMessageResult> results) {

  /** Copies the list. */
  public SendMessageResults {
    results = Copies.listOrNull(results);
  }
}
