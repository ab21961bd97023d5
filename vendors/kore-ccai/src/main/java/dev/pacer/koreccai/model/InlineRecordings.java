package dev.pacer.koreccai.model;

import dev.pacer.vendor.support.Copies;
import java.util.List;

/**
 * The answer of "Fetch Call Recording" (v1): each recording inline, as a {@code data:} URL
 * ({@code data:audio/wav;base64,...}). Kore plans to deprecate v1; prefer {@link Recordings}.
 *
 * @param recording the recordings as data URLs
 */
public record InlineRecordings(List<String> recording) {
  /** Copies the list; a missing list reads as empty. */
  public InlineRecordings {
    recording = Copies.listOrEmpty(recording);
  }
}
