package dev.pacer.koreccai.model;

import dev.pacer.vendor.support.Copies;
import java.util.List;

/**
 * One page of the analytics details report.
 *
 * @param numResults the number Kore reports with the page
 * @param data the interactions of this page; empty when none
 */
public record InteractionPage(Integer numResults, List<InteractionRecord> data) {
  /** Copies the list; a missing list reads as empty. */
  public InteractionPage {
    data = Copies.listOrEmpty(data);
  }
}
