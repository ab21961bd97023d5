package dev.pacer.nylas.model;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.util.Objects;

/**
 * The body of {@code POST /labels} and {@code PUT /labels/{id}}.
 *
 * @param displayName the label's name as the user sees it; required, not empty
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record LabelInput(String displayName) {
  /**
   * @throws IllegalArgumentException when {@code displayName} is empty
   */
  public LabelInput {
    Objects.requireNonNull(displayName, "displayName == null");
    if (displayName.isEmpty()) throw new IllegalArgumentException("displayName is empty");
  }
}
