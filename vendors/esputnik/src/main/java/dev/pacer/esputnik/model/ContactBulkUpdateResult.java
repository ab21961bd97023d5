package dev.pacer.esputnik.model;

import dev.pacer.vendor.support.Copies;
import java.util.List;

/**
 * The answer to a bulk contact update: the import session to poll, and contacts rejected at once.
 * eSputnik sends a single failed contact as an object rather than a one-element array; both read
 * as a list.
 *
 * @param failedContacts contacts that could not be added or updated
 * @param asyncSessionId the import session, for the import-status method
 * @param errorMessage an error for the whole request, if any
 */
public record ContactBulkUpdateResult(List<FailedContact> failedContacts, String asyncSessionId, String errorMessage) {

  /** Copies the list. */
  public ContactBulkUpdateResult {
    failedContacts = Copies.listOrNull(failedContacts);
  }
}
