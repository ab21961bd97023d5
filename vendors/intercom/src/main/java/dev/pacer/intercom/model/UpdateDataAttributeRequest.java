package dev.pacer.intercom.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import dev.pacer.vendor.support.Copies;
import java.util.ArrayList;
import java.util.List;

/**
 * The body of {@code PUT /data_attributes/{id}}: archive a custom attribute, or change its
 * description, options or Messenger access. Only the fields you set are sent. Immutable.
 *
 * @param archived whether to archive, or null to leave as is
 * @param description the attribute's description, or null
 * @param options the allowed values of a list attribute, or null
 * @param messengerWritable whether the Messenger may set the attribute, or null
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record UpdateDataAttributeRequest(
    Boolean archived,
    String description,
    List<CreateDataAttributeRequest.Option> options,
    Boolean messengerWritable) {
  public UpdateDataAttributeRequest {
    options = Copies.listOrNull(options);
  }

  /** A new, empty builder. */
  public static Builder builder() {
    return new Builder();
  }

  @Override
  public String toString() {
    return "UpdateDataAttributeRequest{archived=" + archived + "}";
  }

  /** Builds an {@link UpdateDataAttributeRequest}. Not thread-safe; {@link #build()} copies. */
  public static final class Builder {
    private Boolean archived;
    private String description;
    private List<CreateDataAttributeRequest.Option> options;
    private Boolean messengerWritable;

    private Builder() {}

    /** True to archive the attribute, false to unarchive it. */
    public Builder archived(Boolean archived) { this.archived = archived; return this; }

    /** The new description. */
    public Builder description(String description) { this.description = description; return this; }

    /** Adds an allowed value; the options sent replace the attribute's list. */
    public Builder option(String value) {
      if (options == null) options = new ArrayList<>();
      options.add(new CreateDataAttributeRequest.Option(value));
      return this;
    }

    /** Whether the Messenger may write the attribute. */
    public Builder messengerWritable(Boolean messengerWritable) {
      this.messengerWritable = messengerWritable;
      return this;
    }

    /** Builds the request. */
    public UpdateDataAttributeRequest build() {
      return new UpdateDataAttributeRequest(
          archived,
          description,
          options == null ? null : List.copyOf(options),
          messengerWritable);
    }
  }
}
