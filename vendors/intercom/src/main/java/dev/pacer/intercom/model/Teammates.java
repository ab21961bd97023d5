package dev.pacer.intercom.model;

import dev.pacer.vendor.support.Copies;
import java.util.List;

/**
 * The admins who took part in a conversation.
 *
 * @param type the object type, {@code admin.list}
 * @param teammates the admins; empty when absent
 */
public record Teammates(String type, List<Reference> teammates) {
  public Teammates {
    teammates = Copies.listOrEmpty(teammates);
  }
}
