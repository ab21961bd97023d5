package dev.pacer.intercom.model;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import dev.pacer.intercom.internal.UnixSeconds;
import dev.pacer.vendor.support.Copies;
import java.time.Instant;
import java.util.List;

/**
 * A data attribute: a standard or custom field of contacts or companies. Read-only.
 *
 * @param type the object type, {@code data_attribute}
 * @param id the id; null for standard attributes
 * @param model {@code contact} or {@code company}
 * @param name the name
 * @param fullName the full name, e.g. {@code custom_attributes.plan_tier}
 * @param label the label shown in the UI
 * @param description the description
 * @param dataType {@code string}, {@code integer}, {@code float}, {@code boolean}, {@code date} or {@code datetime}
 * @param options the allowed values of a list attribute; empty when absent
 * @param apiWritable whether the REST API may write it
 * @param messengerWritable whether the Messenger may write it
 * @param uiWritable whether teammates may write it in the UI
 * @param custom whether it is a custom attribute
 * @param archived whether it is archived
 * @param createdAt when it was created, or null for standard attributes (Unix seconds on the wire)
 * @param updatedAt when it was last updated (Unix seconds on the wire)
 * @param adminId the id of the admin who created it, or null
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record DataAttribute(
    String type,
    Long id,
    String model,
    String name,
    String fullName,
    String label,
    String description,
    String dataType,
    List<String> options,
    Boolean apiWritable,
    Boolean messengerWritable,
    Boolean uiWritable,
    Boolean custom,
    Boolean archived,
    @UnixSeconds Instant createdAt,
    @UnixSeconds Instant updatedAt,
    String adminId) {
  public DataAttribute {
    options = Copies.listOrEmpty(options);
  }

  @Override
  public String toString() {
    return "DataAttribute{fullName=" + fullName + "}";
  }
}
