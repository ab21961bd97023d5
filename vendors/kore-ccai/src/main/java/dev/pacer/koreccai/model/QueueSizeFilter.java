package dev.pacer.koreccai.model;

import dev.pacer.vendor.support.Copies;
import java.util.List;

/**
 * The body of "Queue Size": the bot languages and channels to count, each optional (null is
 * left out).
 *
 * @param languages language codes, e.g. {@code en}
 * @param channels channel names, e.g. {@code rtm} or {@code msteams}
 */
public record QueueSizeFilter(List<String> languages, List<String> channels) {
  /** Copies the lists, so a filter is immutable. */
  public QueueSizeFilter {
    languages = Copies.listOrNull(languages);
    channels = Copies.listOrNull(channels);
  }
}
