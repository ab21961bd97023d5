package dev.pacer.intercom.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import dev.pacer.vendor.support.Copies;
import java.util.Map;
import java.util.Objects;

/**
 * The body of {@code PUT /visitors}: names the visitor by Intercom id or by user id, and the
 * fields to change. Immutable.
 *
 * @param id the visitor's Intercom id, or null
 * @param userId the visitor's user id, or null
 * @param name the new name, or null to leave it
 * @param customAttributes custom attributes to set, or null when none are sent
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record VisitorUpdate(String id, String userId, String name, Map<String, Object> customAttributes) {
  public VisitorUpdate {
    if (id == null && userId == null) throw new IllegalArgumentException("a visitor update needs an id or a user id");
    customAttributes = Copies.mapOrNull(customAttributes);
  }

  /** Renames the visitor with Intercom id {@code id}. */
  public static VisitorUpdate nameById(String id, String name) {
    return new VisitorUpdate(Objects.requireNonNull(id, "id == null"), null, name, null);
  }

  /** Renames the visitor with user id {@code userId}. */
  public static VisitorUpdate nameByUserId(String userId, String name) {
    return new VisitorUpdate(null, Objects.requireNonNull(userId, "userId == null"), name, null);
  }

  /** A copy that also sets {@code customAttributes}. */
  public VisitorUpdate withCustomAttributes(Map<String, Object> customAttributes) {
    return new VisitorUpdate(id, userId, name, customAttributes);
  }
}
