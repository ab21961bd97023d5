package dev.pacer.koreccai.model;

import com.fasterxml.jackson.annotation.JsonAlias;
import dev.pacer.vendor.support.Copies;
import java.util.Map;

/**
 * One agent in an {@link AgentAvailability} answer.
 *
 * @param id the agent ID ({@code a-...}, sent as {@code _id})
 * @param userId the user ID ({@code u-...})
 * @param firstName the first name
 * @param lastName the last name
 * @param emailId the email address
 * @param customId your identifier for the agent
 * @param phoneNumber the phone number
 * @param isDigitalEnabled whether digital channels are enabled for the agent
 * @param channelCapacity capacity per channel, keyed by Kore's channel name ({@code liveChat},
 *     {@code messaging}, {@code email}, {@code voice}, {@code voiceMail})
 */
public record AvailableAgent(@JsonAlias("_id") String id, String userId, String firstName, String lastName,
    String emailId, String customId, String phoneNumber, Boolean isDigitalEnabled,
    Map<String, ChannelCapacity> channelCapacity) {
  /** Copies the map, so an agent is immutable. */
  public AvailableAgent {
    channelCapacity = Copies.mapOrNull(channelCapacity);
  }
}
