package dev.pacer.koreccai.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.pacer.vendor.support.Copies;
import java.time.Instant;
import java.util.List;

/**
 * A contact-center agent, as the agent endpoints return it. Any component may be null when the
 * endpoint leaves it out; unknown fields are ignored.
 *
 * @param id the agent ID ({@code a-...})
 * @param userId the user ID ({@code u-...})
 * @param accountId the account ID
 * @param orgId the organization ID ({@code o-...})
 * @param iId the app (stream) ID the agent belongs to
 * @param emailId the agent's email address
 * @param firstName the first name
 * @param lastName the last name
 * @param fullName the full name
 * @param nickName the nickname
 * @param phoneNumber the phone number (Kore sometimes sends it as a JSON number)
 * @param customId your own identifier for the agent
 * @param status the agent's status, e.g. {@code ACTIVE}
 * @param roleId the role ID
 * @param agentGroupId the agent group ID, on create/update answers
 * @param agentGroups the agent groups the agent belongs to
 * @param canSupportChat whether the agent takes chats
 * @param canSupportVoice whether the agent takes calls
 * @param maxChatSupport the most chats at once
 * @param maxDigitalChatSupport the most digital chats at once
 * @param maxEmailChatSupport the most emails at once
 * @param maxMessagingChatSupport the most messaging chats at once
 * @param chatLanguageSupport chat languages
 * @param voiceLanguageSupport voice languages
 * @param skills the agent's skills
 * @param queues the agent's queues
 * @param desktopLayouts the agent's desktop layouts
 * @param onlineStatus the online status text
 * @param onlineStatusType the online status type, e.g. {@code AVAILABLE} or {@code OFFLINE}
 * @param sipUri the agent's SIP URI
 * @param hoursOfOperationId the hours-of-operation ID
 * @param callRegion the call region
 * @param createdAt when the agent was created
 * @param updatedAt when the agent was last updated
 * @param lastOnlineAt when the agent was last online
 */
public record Agent(String id, String userId, String accountId, String orgId, String iId, String emailId,
    String firstName, String lastName, String fullName, String nickName, String phoneNumber, String customId,
    String status, String roleId, String agentGroupId, List<AgentGroupMembership> agentGroups,
    Boolean canSupportChat, Boolean canSupportVoice, Integer maxChatSupport, Integer maxDigitalChatSupport,
    Integer maxEmailChatSupport, Integer maxMessagingChatSupport, List<LanguageSupport> chatLanguageSupport,
    List<LanguageSupport> voiceLanguageSupport, List<AgentSkill> skills, List<AgentQueue> queues,
    List<DesktopLayout> desktopLayouts, String onlineStatus, String onlineStatusType,
    @JsonProperty("sipURI") String sipUri, String hoursOfOperationId, String callRegion, Instant createdAt,
    Instant updatedAt, Instant lastOnlineAt) {

  /** Copies the lists, so an agent is immutable. */
  public Agent {
    agentGroups = Copies.listOrNull(agentGroups);
    chatLanguageSupport = Copies.listOrNull(chatLanguageSupport);
    voiceLanguageSupport = Copies.listOrNull(voiceLanguageSupport);
    skills = Copies.listOrNull(skills);
    queues = Copies.listOrNull(queues);
    desktopLayouts = Copies.listOrNull(desktopLayouts);
  }
}
