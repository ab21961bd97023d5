package dev.pacer.intercom.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/**
 * The {@code pages.next} object: the cursor that fetches the next page of a cursor-paged list.
 * Some older page-numbered lists send a URL string here instead; it lands in {@link #url()}.
 *
 * @param perPage the page size of the next page
 * @param startingAfter the cursor to pass as {@code starting_after}
 * @param url the next page's URL, when the server sends a link instead of a cursor
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record NextPage(Integer perPage, String startingAfter, String url) {

  /** Used by Jackson for the object form. */
  @JsonCreator(mode = JsonCreator.Mode.PROPERTIES)
  public NextPage {}

  /** Reads the link form: {@code "next": "https://api.intercom.io/companies?page=2"}. */
  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  static NextPage ofUrl(String url) {
    return new NextPage(null, null, url);
  }
}
