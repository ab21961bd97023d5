package dev.pacer.intercom.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import dev.pacer.vendor.support.Copies;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The body of {@code POST /data_attributes}: a new custom attribute of contacts or companies.
 * Immutable.
 *
 * <pre>{@code
 * CreateDataAttributeRequest.builder("plan_tier", "contact", "string").description("Billing tier").build();
 * CreateDataAttributeRequest.builder("seats", "company", "options").option("1-10").option("11-50").build();
 * }</pre>
 *
 * @param name the attribute's name
 * @param model {@code contact} or {@code company}
 * @param dataType the data type
 * @param description the attribute's description, or null
 * @param options the allowed values of a list attribute, or null
 * @param messengerWritable whether the Messenger may set the attribute, or null
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record CreateDataAttributeRequest(
    String name,
    String model,
    String dataType,
    String description,
    List<Option> options,
    Boolean messengerWritable) {
  public CreateDataAttributeRequest {
    options = Copies.listOrNull(options);
  }

  /**
   * A builder for the attribute {@code name} of {@code model} ({@code contact} or {@code
   * company}) with {@code dataType} ({@code string}, {@code integer}, {@code float}, {@code
   * boolean}, {@code date}, {@code datetime}, or {@code options} for a list).
   */
  public static Builder builder(String name, String model, String dataType) {
    return new Builder(name, model, dataType);
  }

  @Override
  public String toString() {
    return "CreateDataAttributeRequest{name=" + name + ", model=" + model + ", dataType=" + dataType + "}";
  }

  /**
   * One allowed value of a list attribute, sent as {@code {"value": ...}}.
   *
   * @param value the value
   */
  public record Option(String value) {
    public Option {
      Objects.requireNonNull(value, "value == null");
    }
  }

  /** Builds a {@link CreateDataAttributeRequest}. Not thread-safe; {@link #build()} copies. */
  public static final class Builder {
    private final String name;
    private final String model;
    private final String dataType;
    private String description;
    private List<Option> options;
    private Boolean messengerWritable;

    private Builder(String name, String model, String dataType) {
      this.name = Objects.requireNonNull(name, "name == null");
      this.model = Objects.requireNonNull(model, "model == null");
      this.dataType = Objects.requireNonNull(dataType, "dataType == null");
    }

    /** The description shown in the UI. */
    public Builder description(String description) { this.description = description; return this; }

    /** Adds an allowed value of a list ({@code options}) attribute. */
    public Builder option(String value) {
      if (options == null) options = new ArrayList<>();
      options.add(new Option(value));
      return this;
    }

    /** Whether the Messenger may write the attribute. */
    public Builder messengerWritable(Boolean messengerWritable) {
      this.messengerWritable = messengerWritable;
      return this;
    }

    /**
     * Builds the request.
     *
     * @throws IllegalStateException if a list attribute has fewer than two options
     */
    public CreateDataAttributeRequest build() {
      if (dataType.equals("options") && (options == null || options.size() < 2)) {
        throw new IllegalStateException("a list attribute needs at least two options: " + options);
      }
      return new CreateDataAttributeRequest(
          name,
          model,
          dataType,
          description,
          options == null ? null : List.copyOf(options),
          messengerWritable);
    }
  }
}
