package dev.pacer.intercom.model;

import java.util.Objects;

/**
 * A body naming one object by its Intercom id, {@code {"id": "..."}}: the tag to attach to a
 * contact, or the company to attach a contact to.
 *
 * @param id the object's Intercom id
 */
public record IdRequest(String id) {
  public IdRequest {
    Objects.requireNonNull(id, "id == null");
  }
}
