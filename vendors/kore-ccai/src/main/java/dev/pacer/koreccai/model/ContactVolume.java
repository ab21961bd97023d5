package dev.pacer.koreccai.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.pacer.vendor.support.Copies;
import java.util.List;

/**
 * The answer of the WFM "Contact Volume API".
 *
 * @param hasMore true when more records follow (ask again with a larger {@code skip})
 * @param intervals the records ({@code CallVolumeUpdate})
 * @param totalCount how many records there are
 */
public record ContactVolume(Boolean hasMore, @JsonProperty("CallVolumeUpdate") List<VolumeInterval> intervals,
    Integer totalCount) {
  /** Copies the list; a missing list reads as empty. */
  public ContactVolume {
    intervals = Copies.listOrEmpty(intervals);
  }
}
