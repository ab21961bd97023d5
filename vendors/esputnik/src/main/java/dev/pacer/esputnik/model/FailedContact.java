package dev.pacer.esputnik.model;

import dev.pacer.vendor.support.Copies;
import java.util.List;

/**
 * A contact a bulk update could not add or update, and why.
 *
 * @param id the contact ID, if known
 * @param firstName the first name sent
 * @param lastName the last name sent
 * @param channels the channels sent
 * @param fields the additional field values sent
 * @param externalCustomerId the external ID sent
 * @param contactKey the contact key sent
 * @param error what was wrong
 */
public record FailedContact(Long id, String firstName, String lastName, List<Channel> channels,
    List<ContactField> fields, String externalCustomerId, String contactKey, String error) {

  /** Copies the lists. */
  public FailedContact {
    channels = Copies.listOrNull(channels);
    fields = Copies.listOrNull(fields);
  }
}
