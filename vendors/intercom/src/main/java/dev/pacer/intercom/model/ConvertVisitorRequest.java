package dev.pacer.intercom.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.util.Objects;

/**
 * The body of {@code POST /visitors/convert}: turns a visitor into a lead, or merges it into a
 * user. Immutable.
 *
 * <pre>{@code
 * ConvertVisitorRequest.toUser(Identifiers.userId("3ecf64d0"), Identifiers.email("foo@bar.com"));
 * }</pre>
 *
 * @param type {@code user} or {@code lead}
 * @param user the contact to keep, named by its identifiers
 * @param visitor the visitor to convert
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ConvertVisitorRequest(String type, Identifiers user, Identifiers visitor) {
  public ConvertVisitorRequest {
    Objects.requireNonNull(type, "type == null");
    Objects.requireNonNull(user, "user == null");
    Objects.requireNonNull(visitor, "visitor == null");
  }

  /** Merges {@code visitor} into the user {@code user}. */
  public static ConvertVisitorRequest toUser(Identifiers visitor, Identifiers user) {
    return new ConvertVisitorRequest("user", user, visitor);
  }

  /** Converts {@code visitor} into a lead named by {@code lead}. */
  public static ConvertVisitorRequest toLead(Identifiers visitor, Identifiers lead) {
    return new ConvertVisitorRequest("lead", lead, visitor);
  }

  /**
   * A visitor or contact named by any of its identifiers (at least one).
   *
   * @param id its Intercom id, or null
   * @param userId its user id (a contact's external id), or null
   * @param email its email address, or null
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
  public record Identifiers(String id, String userId, String email) {
    public Identifiers {
      if (id == null && userId == null && email == null) {
        throw new IllegalArgumentException("an id, a user id or an email is required");
      }
    }

    /** By Intercom id. */
    public static Identifiers id(String id) {
      return new Identifiers(Objects.requireNonNull(id, "id == null"), null, null);
    }

    /** By user id. */
    public static Identifiers userId(String userId) {
      return new Identifiers(null, Objects.requireNonNull(userId, "userId == null"), null);
    }

    /** By email address. */
    public static Identifiers email(String email) {
      return new Identifiers(null, null, Objects.requireNonNull(email, "email == null"));
    }
  }
}
