package dev.pacer.intercom.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.ArrayList;
import java.util.List;

/**
 * The body of {@code PUT /data_attributes/{id}}: archive a custom attribute, or change its
 * description, options or Messenger access. Only the fields you set are sent. Immutable.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public final class UpdateDataAttributeRequest {
  @JsonProperty("archived") private final Boolean archived;
  @JsonProperty("description") private final String description;
  @JsonProperty("options") private final List<CreateDataAttributeRequest.Option> options;
  @JsonProperty("messenger_writable") private final Boolean messengerWritable;

  private UpdateDataAttributeRequest(Builder b) {
    this.archived = b.archived;
    this.description = b.description;
    this.options = b.options == null ? null : List.copyOf(b.options);
    this.messengerWritable = b.messengerWritable;
  }

  /** A new, empty builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Whether to archive, or null to leave as is. */
  public Boolean archived() {
    return archived;
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
    public Builder archived(Boolean archived) {
      this.archived = archived;
      return this;
    }

    /** The new description. */
    public Builder description(String description) {
      this.description = description;
      return this;
    }

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
      return new UpdateDataAttributeRequest(this);
    }
  }
}
