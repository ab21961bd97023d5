package dev.pacer.intercom.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The body of {@code POST /articles} (create: {@code title} and {@code author_id} required) and
 * {@code PUT /articles/{id}} (update: only the fields you set are sent). Immutable.
 *
 * <pre>{@code
 * ArticleRequest.builder().title("Getting started").authorId(991267492L).body("<p>Hi</p>").state("draft").build();
 * }</pre>
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public final class ArticleRequest {
  @JsonProperty("title") private final String title;
  @JsonProperty("description") private final String description;
  @JsonProperty("body") private final String body;
  @JsonProperty("author_id") private final Long authorId;
  @JsonProperty("state") private final String state;
  @JsonProperty("parent_id") private final Long parentId;
  @JsonProperty("parent_type") private final String parentType;

  private ArticleRequest(Builder b) {
    this.title = b.title;
    this.description = b.description;
    this.body = b.body;
    this.authorId = b.authorId;
    this.state = b.state;
    this.parentId = b.parentId;
    this.parentType = b.parentType;
  }

  /** A new, empty builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** The title, or null. */
  public String title() {
    return title;
  }

  /** The author's admin id, or null. */
  public Long authorId() {
    return authorId;
  }

  /** {@code published} or {@code draft}, or null. */
  public String state() {
    return state;
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
    public Builder title(String title) {
      this.title = title;
      return this;
    }

    /** The short description. */
    public Builder description(String description) {
      this.description = description;
      return this;
    }

    /** The body as HTML. */
    public Builder body(String body) {
      this.body = body;
      return this;
    }

    /** The id of the admin credited as author. */
    public Builder authorId(Long authorId) {
      this.authorId = authorId;
      return this;
    }

    /** {@code published} or {@code draft} (the default). */
    public Builder state(String state) {
      this.state = state;
      return this;
    }

    /** The id of the collection or section the article sits in. */
    public Builder parentId(Long parentId) {
      this.parentId = parentId;
      return this;
    }

    /** {@code collection} (the default) or {@code section}. */
    public Builder parentType(String parentType) {
      this.parentType = parentType;
      return this;
    }

    /** Builds the request. */
    public ArticleRequest build() {
      return new ArticleRequest(this);
    }
  }
}
