package dev.pacer.nylas.model;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import dev.pacer.vendor.support.Copies;
import java.util.List;

/**
 * A page of the transaction log ({@code GET /delta}, {@code GET /delta/longpoll}). Fetch the next
 * page with {@link #cursorEnd()}; the log is caught up when {@code cursorStart} equals
 * {@code cursorEnd}.
 *
 * @param cursorStart the cursor this page was asked for
 * @param cursorEnd the cursor after the last delta of this page
 * @param deltas the changes, oldest first; never null
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record DeltaPage(String cursorStart, String cursorEnd, List<Delta> deltas) {

  public DeltaPage {
    deltas = Copies.listOrEmpty(deltas);
  }
}
