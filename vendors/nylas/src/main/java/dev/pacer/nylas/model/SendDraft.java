package dev.pacer.nylas.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.util.Objects;

/**
 * The body of {@code POST /send} that sends a saved draft.
 *
 * @param draftId the draft's ID
 * @param version the draft's current {@link Draft#version() version}
 * @param tracking what to track, or null for nothing
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record SendDraft(String draftId, int version, Tracking tracking) {

  public SendDraft {
    Objects.requireNonNull(draftId, "draftId == null");
    if (version < 0) throw new IllegalArgumentException("version < 0: " + version);
  }

  /** Sends {@code draft} at its current version, without tracking. */
  public static SendDraft of(Draft draft) {
    Objects.requireNonNull(draft, "draft == null");
    return new SendDraft(draft.id(), draft.version(), null);
  }
}
