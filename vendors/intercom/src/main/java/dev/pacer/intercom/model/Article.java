package dev.pacer.intercom.model;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import dev.pacer.intercom.internal.UnixSeconds;
import dev.pacer.vendor.support.Copies;
import java.time.Instant;
import java.util.List;

/**
 * A Help Center article. Read-only.
 *
 * @param type the object type, {@code article}
 * @param id the article's id
 * @param workspaceId the id of the workspace
 * @param title the title
 * @param description the description, or null
 * @param body the body as HTML, or null
 * @param authorId the id of the admin credited as author
 * @param state {@code published} or {@code draft}
 * @param createdAt when it was created (Unix seconds on the wire)
 * @param updatedAt when it was last updated (Unix seconds on the wire)
 * @param url the public URL, or null
 * @param parentIds the ids of the collections it sits in; empty when absent
 * @param defaultLocale the default locale
 * @param tags its tags (read-only through the API)
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record Article(
    String type,
    String id,
    String workspaceId,
    String title,
    String description,
    String body,
    Long authorId,
    String state,
    @UnixSeconds Instant createdAt,
    @UnixSeconds Instant updatedAt,
    String url,
    List<Long> parentIds,
    String defaultLocale,
    Tags tags) {
  public Article {
    parentIds = Copies.listOrEmpty(parentIds);
  }

  @Override
  public String toString() {
    return "Article{id=" + id + ", state=" + state + "}";
  }
}
