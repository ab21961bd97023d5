package dev.pacer.koreccai.model;

import dev.pacer.vendor.support.Copies;
import java.util.List;

/**
 * The answer of "Fetch Call Recording (v2)".
 *
 * @param status {@code success}, {@code media_unavailable}, {@code call_in_progress} or {@code
 *     media_in_progress}
 * @param recording the recording files, when {@code success}
 */
public record Recordings(String status, List<RecordingFile> recording) {
  /** Copies the list; a missing list reads as empty. */
  public Recordings {
    recording = Copies.listOrEmpty(recording);
  }

  /** True when the recording URLs are ready. */
  public boolean isReady() {
    return "success".equals(status);
  }
}
