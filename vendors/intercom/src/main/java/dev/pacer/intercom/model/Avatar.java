package dev.pacer.intercom.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/**
 * An avatar image. Intercom sends either an object ({@code {"type":"avatar","image_url":...}})
 * or, for admins, a bare URL; both read into this.
 *
 * @param type the object type, {@code avatar}, or null when sent as a bare URL
 * @param imageUrl the image's URL
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record Avatar(String type, String imageUrl) {

  /** Used by Jackson for the object form. */
  @JsonCreator(mode = JsonCreator.Mode.PROPERTIES)
  public Avatar {}

  /** Reads the bare-URL form. */
  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  static Avatar ofUrl(String imageUrl) {
    return new Avatar(null, imageUrl);
  }
}
