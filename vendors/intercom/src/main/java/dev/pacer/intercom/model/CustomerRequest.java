package dev.pacer.intercom.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.util.Objects;

/**
 * The body of {@code POST /conversations/{id}/customers} (an admin adds a contact to a group
 * conversation) and of {@code DELETE /conversations/{id}/customers/{contact_id}} (an admin
 * removes one; the contact is in the path). Immutable.
 *
 * @param adminId the acting admin's id
 * @param customer the contact to add, or null when removing
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record CustomerRequest(String adminId, Customer customer) {
  public CustomerRequest {
    Objects.requireNonNull(adminId, "adminId == null");
  }

  /** The admin {@code adminId} adds {@code customer} to the conversation. */
  public static CustomerRequest attach(String adminId, Customer customer) {
    return new CustomerRequest(adminId, Objects.requireNonNull(customer, "customer == null"));
  }

  /** The admin {@code adminId} removes the contact named in the path. */
  public static CustomerRequest detach(String adminId) {
    return new CustomerRequest(adminId, null);
  }

  /**
   * A contact named one of three ways; exactly one component is set.
   *
   * @param intercomUserId the contact's Intercom id, or null
   * @param userId your external id of the contact, or null
   * @param email the contact's email address, or null
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
  public record Customer(String intercomUserId, String userId, String email) {
    /** The contact with Intercom id {@code id}. */
    public static Customer intercomUserId(String id) {
      return new Customer(Objects.requireNonNull(id, "id == null"), null, null);
    }

    /** The contact with your external id {@code userId}. */
    public static Customer userId(String userId) {
      return new Customer(null, Objects.requireNonNull(userId, "userId == null"), null);
    }

    /** The contact with email address {@code email}. */
    public static Customer email(String email) {
      return new Customer(null, null, Objects.requireNonNull(email, "email == null"));
    }

    @Override
    public String toString() {
      return intercomUserId != null ? "Customer{intercomUserId=" + intercomUserId + "}"
          : userId != null ? "Customer{userId=" + userId + "}" : "Customer{email}";
    }
  }
}
