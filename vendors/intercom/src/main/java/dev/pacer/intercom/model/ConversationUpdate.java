package dev.pacer.intercom.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import dev.pacer.vendor.support.Copies;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The body of {@code PUT /conversations/{id}}: only the fields set are sent. Immutable.
 *
 * <pre>{@code
 * ConversationUpdate.builder().read(true).customAttribute("issue_type", "Billing").build();
 * }</pre>
 *
 * @param read whether an admin has read the conversation, or null to leave it
 * @param title the new title, or null to leave it
 * @param customAttributes custom attributes to set, or null when none are sent
 * @param companyId the Intercom id of the company to associate, or null to leave it
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record ConversationUpdate(Boolean read, String title, Map<String, Object> customAttributes, String companyId) {
  public ConversationUpdate {
    customAttributes = Copies.mapOrNull(customAttributes);
  }

  /** A builder with nothing set. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link ConversationUpdate}. Not thread-safe; {@link #build()} copies. */
  public static final class Builder {
    private Boolean read;
    private String title;
    private Map<String, Object> customAttributes;
    private String companyId;

    private Builder() {}

    /** Marks the conversation read or unread. */
    public Builder read(boolean read) { this.read = read; return this; }

    /** The new title. */
    public Builder title(String title) { this.title = title; return this; }

    /** Sets the custom attribute {@code name} (a string, number, boolean or list of ids). */
    public Builder customAttribute(String name, Object value) {
      Objects.requireNonNull(name, "name == null");
      if (customAttributes == null) customAttributes = new LinkedHashMap<>();
      customAttributes.put(name, value);
      return this;
    }

    /** The Intercom id of the company to associate the conversation with. */
    public Builder companyId(String companyId) { this.companyId = companyId; return this; }

    /** Builds the update. */
    public ConversationUpdate build() {
      return new ConversationUpdate(read, title, customAttributes, companyId);
    }
  }
}
