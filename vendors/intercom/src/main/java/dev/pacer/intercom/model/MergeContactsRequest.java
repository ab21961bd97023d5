package dev.pacer.intercom.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.util.Objects;

/**
 * The body of {@code POST /contacts/merge}: merges a lead into a user. Immutable.
 *
 * @param from the Intercom id of the lead to merge away
 * @param into the Intercom id of the user to merge into
 * @param skipDuplicateValidation true to merge contacts that share no email or phone, or null
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record MergeContactsRequest(String from, String into, Boolean skipDuplicateValidation) {
  public MergeContactsRequest {
    Objects.requireNonNull(from, "from == null");
    Objects.requireNonNull(into, "into == null");
  }

  /** Merges the lead {@code from} into the user {@code into}. */
  public static MergeContactsRequest of(String from, String into) {
    return new MergeContactsRequest(from, into, null);
  }
}
