package dev.pacer.koreccai.model;

import com.fasterxml.jackson.annotation.JsonValue;

/** The campaign types "Get All Campaigns" lists. */
public enum CampaignType {
  /** Voice campaigns. */
  VOICE("voice"),
  /** SMS campaigns. */
  SMS("sms");

  private final String wire;

  CampaignType(String wire) {
    this.wire = wire;
  }

  /** The value Kore expects, {@code voice} or {@code sms}. */
  @JsonValue
  public String wire() {
    return wire;
  }

  @Override
  public String toString() {
    return wire;
  }
}
