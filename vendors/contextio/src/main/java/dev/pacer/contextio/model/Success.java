package dev.pacer.contextio.model;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/**
 * The answer of a call that changes something: {@code {"success": true}}, sometimes with the
 * changed resource's URL. A refusal normally arrives as an HTTP error instead; a 2xx with {@code
 * success: false} may carry a {@code feedback_code}.
 *
 * @param success whether the change was made
 * @param resourceUrl the URL of the changed resource, when sent
 * @param feedbackCode why it failed, when sent
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record Success(Boolean success, String resourceUrl, String feedbackCode) {
  /** True when the server said {@code success: true}. */
  public boolean isSuccess() {
    return Boolean.TRUE.equals(success);
  }
}
