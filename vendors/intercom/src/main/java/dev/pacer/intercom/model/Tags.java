package dev.pacer.intercom.model;

import dev.pacer.vendor.support.Copies;
import java.util.List;

/**
 * The tags applied to a conversation, a company or an article ({@code "type": "tag.list"}).
 *
 * @param type the object type, {@code tag.list}
 * @param tags the tags; empty when absent
 */
public record Tags(String type, List<Tag> tags) {
  public Tags {
    tags = Copies.listOrEmpty(tags);
  }
}
