package dev.pacer.intercom.model;

import com.fasterxml.jackson.annotation.JsonValue;

/** The comparison of one {@link SearchQuery#field search filter}, sent as its symbol. */
public enum SearchOperator {
  /** Equals ({@code =}). */
  EQUALS("="),
  /** Does not equal ({@code !=}). */
  NOT_EQUALS("!="),
  /** Is one of a list ({@code IN}). */
  IN("IN"),
  /** Is none of a list ({@code NIN}). */
  NOT_IN("NIN"),
  /** Less than ({@code <}). */
  LESS_THAN("<"),
  /** Less than or equal ({@code <=}). */
  AT_MOST("<="),
  /** Greater than ({@code >}). */
  GREATER_THAN(">"),
  /** Greater than or equal ({@code >=}). */
  AT_LEAST(">="),
  /** Contains ({@code ~}). */
  CONTAINS("~"),
  /** Does not contain ({@code !~}). */
  NOT_CONTAINS("!~"),
  /** Starts with ({@code ^}). */
  STARTS_WITH("^"),
  /** Ends with ({@code $}). */
  ENDS_WITH("$");

  private final String symbol;

  SearchOperator(String symbol) {
    this.symbol = symbol;
  }

  /** The symbol Intercom expects, e.g. {@code >=}. */
  @JsonValue
  public String symbol() {
    return symbol;
  }
}
