package dev.pacer.intercom.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/**
 * The body of {@code POST /articles} (create: {@code title} and {@code author_id} required) and
 * {@code PUT /articles/{id}} (update: only the fields you set are sent). Immutable.
 *
 * <pre>{@code
 * ArticleRequest.builder().title("Getting started").authorId(991267492L).body("<p>Hi</p>").state("draft").build();
 * }</pre>
 *
 * @param title the title, or null
 * @param description the article's description, or null
 * @param body the body as HTML, or null
 * @param authorId the author's admin id, or null
 * @param state {@code published} or {@code draft}, or null
 * @param parentId the id of the collection or section it sits in, or null
 * @param parentType {@code collection} or {@code section}, or null
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record ArticleRequest(
    String title,
    String description,
    String body,
    Long authorId,
    String state,
    Long parentId,
    String parentType) {
  /** A new, empty builder. */
  public static Builder builder() {
    return new Builder();
  }

  @Override
  public String toString() {
    return "ArticleRequest{title=" + title + ", state=" + state + "}";
  }

  /** Builds an {@link ArticleRequest}. Not thread-safe; {@link #build()} copies. */
  public static final class Builder {
    private String title;
    private String description;
    private String body;
    private Long authorId;
    private String state;
    private Long parentId;
    private String parentType;

    private Builder() {}

    /** The title. */
    public Builder title(String title) { this.title = title; return this; }

    /** The short description. */
    public Builder description(String description) { this.description = description; return this; }

    /** The body as HTML. */
    public Builder body(String body) { this.body = body; return this; }

    /** The id of the admin credited as author. */
    public Builder authorId(Long authorId) { this.authorId = authorId; return this; }

    /** {@code published} or {@code draft} (the default). */
    public Builder state(String state) { this.state = state; return this; }

    /** The id of the collection or section the article sits in. */
    public Builder parentId(Long parentId) { this.parentId = parentId; return this; }

    /** {@code collection} (the default) or {@code section}. */
    public Builder parentType(String parentType) { this.parentType = parentType; return this; }

    /** Builds the request. */
    public ArticleRequest build() {
      return new ArticleRequest(title, description, body, authorId, state, parentId, parentType);
    }
  }
}
