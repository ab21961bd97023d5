package dev.pacer.koreccai.model;

import com.fasterxml.jackson.annotation.JsonAlias;
import dev.pacer.vendor.support.Copies;
import java.util.List;

/**
 * The answer of the WFM Agent Activity API.
 *
 * @param accountId the account ID
 * @param agentUpdates the status changes in the window; empty when none (sent as {@code AgentUpdates})
 */
public record AgentActivity(@JsonAlias("AccountId") String accountId,
    @JsonAlias("AgentUpdates") List<AgentUpdate> agentUpdates) {
  /** Copies the list; a missing list reads as empty. */
  public AgentActivity {
    agentUpdates = Copies.listOrEmpty(agentUpdates);
  }
}
