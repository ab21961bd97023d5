package dev.pacer.intercom.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.pacer.intercom.internal.Collections2;
import dev.pacer.intercom.internal.UnixSeconds;
import java.time.Instant;
import java.util.List;

/**
 * A data attribute: a standard or custom field of contacts or companies. Read-only.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public final class DataAttribute {
  @JsonProperty("type") private String type;
  @JsonProperty("id") private Long id;
  @JsonProperty("model") private String model;
  @JsonProperty("name") private String name;
  @JsonProperty("full_name") private String fullName;
  @JsonProperty("label") private String label;
  @JsonProperty("description") private String description;
  @JsonProperty("data_type") private String dataType;
  @JsonProperty("options") private List<String> options;
  @JsonProperty("api_writable") private Boolean apiWritable;
  @JsonProperty("messenger_writable") private Boolean messengerWritable;
  @JsonProperty("ui_writable") private Boolean uiWritable;
  @JsonProperty("custom") private Boolean custom;
  @JsonProperty("archived") private Boolean archived;
  @JsonProperty("created_at") @UnixSeconds private Instant createdAt;
  @JsonProperty("updated_at") @UnixSeconds private Instant updatedAt;
  @JsonProperty("admin_id") private String adminId;

  private DataAttribute() {}

  /** The object type, {@code data_attribute}. */
  public String type() {
    return type;
  }

  /** The id; null for standard attributes. */
  public Long id() {
    return id;
  }

  /** {@code contact} or {@code company}. */
  public String model() {
    return model;
  }

  /** The name. */
  public String name() {
    return name;
  }

  /** The full name, e.g. {@code custom_attributes.plan_tier}. */
  public String fullName() {
    return fullName;
  }

  /** The label shown in the UI. */
  public String label() {
    return label;
  }

  /** The description. */
  public String description() {
    return description;
  }

  /** {@code string}, {@code integer}, {@code float}, {@code boolean}, {@code date} or {@code datetime}. */
  public String dataType() {
    return dataType;
  }

  /** The allowed values of a list attribute; empty when absent. */
  public List<String> options() {
    return Collections2.view(options);
  }

  /** Whether the REST API may write it. */
  public Boolean apiWritable() {
    return apiWritable;
  }

  /** Whether the Messenger may write it. */
  public Boolean messengerWritable() {
    return messengerWritable;
  }

  /** Whether teammates may write it in the UI. */
  public Boolean uiWritable() {
    return uiWritable;
  }

  /** Whether it is a custom attribute. */
  public Boolean custom() {
    return custom;
  }

  /** Whether it is archived. */
  public Boolean archived() {
    return archived;
  }

  /** When it was created, or null for standard attributes (Unix seconds on the wire). */
  public Instant createdAt() {
    return createdAt;
  }

  /** When it was last updated (Unix seconds on the wire). */
  public Instant updatedAt() {
    return updatedAt;
  }

  /** The id of the admin who created it, or null. */
  public String adminId() {
    return adminId;
  }

  @Override
  public String toString() {
    return "DataAttribute{fullName=" + fullName + "}";
  }
}
