package dev.pacer.intercom.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.pacer.vendor.support.Copies;
import java.util.List;

/**
 * The admins who took part in a conversation.
 *
 * @param type the object type, {@code admin.list}
 * @param teammates the admins; empty when absent
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Teammates(@JsonProperty("type") String type, @JsonProperty("teammates") List<Reference> teammates) {
  public Teammates {
    teammates = Copies.listOrEmpty(teammates);
  }
}
