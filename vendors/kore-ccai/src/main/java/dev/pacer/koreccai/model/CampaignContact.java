package dev.pacer.koreccai.model;

import dev.pacer.vendor.support.Copies;
import java.util.List;

/**
 * A contact of a voice campaign and how dialling it went, from "Get All Contact Details - Voice
 * Campaigns".
 *
 * @param phoneNumber the number dialled
 * @param uniqueId the contact's unique ID, if any
 * @param dialerOutcome the dialler's outcome, e.g. {@code completed}; blank while in progress
 * @param numberOfAttemptsSoFar how many times it was dialled
 * @param botSessionId the bot session of the call
 * @param agentDispositionCodes disposition codes agents or the system gave
 * @param botOutboundStatus e.g. {@code userHangUp}
 * @param botOutboundStatusDetail more detail on the status
 */
public record CampaignContact(String phoneNumber, String uniqueId, String dialerOutcome,
    Integer numberOfAttemptsSoFar, String botSessionId, List<String> agentDispositionCodes,
    String botOutboundStatus, String botOutboundStatusDetail) {
  /** Copies the list; a missing list reads as empty. */
  public CampaignContact {
    agentDispositionCodes = Copies.listOrEmpty(agentDispositionCodes);
  }
}
