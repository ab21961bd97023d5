package dev.pacer.intercom.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.util.Objects;

/**
 * The body that tags or untags a conversation or a ticket on behalf of an admin: {@code {"id":
 * tag, "admin_id": admin}} to attach, {@code {"admin_id": admin}} to detach.
 *
 * @param id the tag's id; null when detaching (the tag is in the path)
 * @param adminId the acting admin's id
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record AdminTagRequest(String id, String adminId) {
  public AdminTagRequest {
    Objects.requireNonNull(adminId, "adminId == null");
  }
}
