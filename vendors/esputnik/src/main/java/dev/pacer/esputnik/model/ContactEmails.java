package dev.pacer.esputnik.model;

import dev.pacer.vendor.support.Copies;
import java.util.List;

/**
 * Email addresses of contacts looked up by ID. A single result, which eSputnik sends as an
 * object, reads as a one-element list.
 *
 * @param results the addresses found
 */
public record ContactEmails(List<ContactEmail> results) {

  /** Copies the list. */
  public ContactEmails {
    results = Copies.listOrNull(results);
  }
}
