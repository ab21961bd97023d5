package dev.pacer.koreccai.model;

import java.util.Objects;

/**
 * The {@code metaData} of an import: whose data it is and what kind.
 *
 * @param userId the user importing
 * @param orgId the organization ID
 * @param type the kind of data
 * @param accountId the account ID
 */
public record ImportMetaData(String userId, String orgId, FunctionalityType type, String accountId) {
  /** Requires the type and the account (Kore's page marks all four components required). */
  public ImportMetaData {
    Objects.requireNonNull(type, "type == null");
    Objects.requireNonNull(accountId, "accountId == null");
  }
}
