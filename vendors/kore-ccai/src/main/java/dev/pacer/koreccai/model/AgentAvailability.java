package dev.pacer.koreccai.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.pacer.vendor.support.Copies;
import java.util.List;

/**
 * The answer of "Check Agent Availability Status": the matching agents by status.
 *
 * @param available agents available now
 * @param busy agents busy with other interactions
 * @param offline agents offline
 * @param away agents away
 */
public record AgentAvailability(@JsonProperty("AVAILABLE") List<AvailableAgent> available,
    @JsonProperty("BUSY") List<AvailableAgent> busy, @JsonProperty("OFFLINE") List<AvailableAgent> offline,
    @JsonProperty("AWAY") List<AvailableAgent> away) {
  /** Copies the lists; a missing list reads as empty. */
  public AgentAvailability {
    available = Copies.listOrEmpty(available);
    busy = Copies.listOrEmpty(busy);
    offline = Copies.listOrEmpty(offline);
    away = Copies.listOrEmpty(away);
  }
}
