package dev.pacer.koreccai.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.pacer.vendor.support.Copies;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The body of "Create an Agent" and "Update a Specific Agent". Create needs {@code emailId},
 * {@code firstName}, {@code lastName} and {@code roleId}; update replaces the whole agent, so
 * start it from the current one with {@link Builder#from(Agent)}. Null components are left out
 * of the request.
 *
 * <p>The element shape of {@code skills} is not documented for create (the sample sends an empty
 * array); it is inferred from the skills an agent is returned with ({@code skillId}, {@code
 * proficiencyLevel}).
 *
 * @param id the agent ID (update)
 * @param userId the user ID (update)
 * @param accountId the account ID (update)
 * @param orgId the organization ID (update)
 * @param iId the app (stream) ID (update)
 * @param emailId the email address, unique
 * @param firstName the first name
 * @param lastName the last name
 * @param nickName the nickname
 * @param phoneNumber the phone number
 * @param roleId the role ID
 * @param agentGroupId the agent group ID
 * @param canSupportChat whether the agent takes chats
 * @param maxChatSupport the most chats at once
 * @param canSupportVoice whether the agent takes calls
 * @param customId your own identifier (no spaces)
 * @param chatLanguageSupport chat languages
 * @param voiceLanguageSupport voice languages
 * @param skills skills to assign
 * @param desktopLayouts desktop layouts to assign
 * @param queues queues to assign
 * @param createDefaultLayoutAndAssign whether to create and assign a default desktop layout (create)
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record AgentInput(String id, String userId, String accountId, String orgId, String iId, String emailId,
    String firstName, String lastName, String nickName, String phoneNumber, String roleId, String agentGroupId,
    Boolean canSupportChat, Integer maxChatSupport, Boolean canSupportVoice, String customId,
    List<LanguageSupport> chatLanguageSupport, List<LanguageSupport> voiceLanguageSupport,
    List<AgentSkill> skills, List<DesktopLayout> desktopLayouts, List<AgentQueue> queues,
    Boolean createDefaultLayoutAndAssign) {

  /** Copies the lists, so an input is immutable. */
  public AgentInput {
    chatLanguageSupport = Copies.listOrNull(chatLanguageSupport);
    voiceLanguageSupport = Copies.listOrNull(voiceLanguageSupport);
    skills = Copies.listOrNull(skills);
    desktopLayouts = Copies.listOrNull(desktopLayouts);
    queues = Copies.listOrNull(queues);
  }

  /** A builder for a new agent with the four fields create requires. */
  public static Builder builder(String emailId, String firstName, String lastName, String roleId) {
    Builder b = new Builder();
    b.emailId = Objects.requireNonNull(emailId, "emailId == null");
    b.firstName = Objects.requireNonNull(firstName, "firstName == null");
    b.lastName = Objects.requireNonNull(lastName, "lastName == null");
    b.roleId = Objects.requireNonNull(roleId, "roleId == null");
    return b;
  }

  /** Builds an {@link AgentInput}. Not thread-safe; {@link #build()} copies the lists. */
  public static final class Builder {
    private String id;
    private String userId;
    private String accountId;
    private String orgId;
    private String iId;
    private String emailId;
    private String firstName;
    private String lastName;
    private String nickName;
    private String phoneNumber;
    private String roleId;
    private String agentGroupId;
    private Boolean canSupportChat;
    private Integer maxChatSupport;
    private Boolean canSupportVoice;
    private String customId;
    private List<LanguageSupport> chatLanguageSupport;
    private List<LanguageSupport> voiceLanguageSupport;
    private List<AgentSkill> skills;
    private List<DesktopLayout> desktopLayouts;
    private List<AgentQueue> queues;
    private Boolean createDefaultLayoutAndAssign;

    private Builder() {}

    /**
     * A builder holding every field of {@code agent} that update sends (identity, names,
     * contact details, role, group, channels, languages, skills, layouts and queues).
     */
    public static Builder from(Agent agent) {
      Objects.requireNonNull(agent, "agent == null");
      Builder b = new Builder();
      b.id = agent.id();
      b.userId = agent.userId();
      b.accountId = agent.accountId();
      b.orgId = agent.orgId();
      b.iId = agent.iId();
      b.emailId = agent.emailId();
      b.firstName = agent.firstName();
      b.lastName = agent.lastName();
      b.nickName = agent.nickName();
      b.phoneNumber = agent.phoneNumber();
      b.roleId = agent.roleId();
      b.agentGroupId = agent.agentGroupId() != null ? agent.agentGroupId()
          : agent.agentGroups() != null && !agent.agentGroups().isEmpty() ? agent.agentGroups().get(0).groupId() : null;
      b.canSupportChat = agent.canSupportChat();
      b.maxChatSupport = agent.maxChatSupport();
      b.canSupportVoice = agent.canSupportVoice();
      b.customId = agent.customId();
      b.chatLanguageSupport = copy(agent.chatLanguageSupport());
      b.voiceLanguageSupport = copy(agent.voiceLanguageSupport());
      b.skills = copy(agent.skills());
      b.desktopLayouts = copy(agent.desktopLayouts());
      b.queues = copy(agent.queues());
      return b;
    }

    private static <T> List<T> copy(List<T> list) {
      return list == null ? null : new ArrayList<>(list);
    }

    /** The first name. */
    public Builder firstName(String firstName) { this.firstName = firstName; return this; }

    /** The last name. */
    public Builder lastName(String lastName) { this.lastName = lastName; return this; }

    /** The email address. */
    public Builder emailId(String emailId) { this.emailId = emailId; return this; }

    /** The nickname. */
    public Builder nickName(String nickName) { this.nickName = nickName; return this; }

    /** The phone number. */
    public Builder phoneNumber(String phoneNumber) { this.phoneNumber = phoneNumber; return this; }

    /** The role ID. */
    public Builder roleId(String roleId) { this.roleId = roleId; return this; }

    /** The agent group ID. */
    public Builder agentGroupId(String agentGroupId) { this.agentGroupId = agentGroupId; return this; }

    /** Chat support, at most {@code maxChats} at once. */
    public Builder chat(int maxChats) {
      if (maxChats < 1) throw new IllegalArgumentException("maxChats < 1: " + maxChats);
      this.canSupportChat = true;
      this.maxChatSupport = maxChats;
      return this;
    }

    /** Whether the agent takes calls. */
    public Builder canSupportVoice(boolean canSupportVoice) { this.canSupportVoice = canSupportVoice; return this; }

    /** Your own identifier for the agent; no spaces. */
    public Builder customId(String customId) {
      if (customId != null && customId.indexOf(' ') >= 0) {
        throw new IllegalArgumentException("customId contains a space: " + customId);
      }
      this.customId = customId;
      return this;
    }

    /** Adds a chat language. */
    public Builder chatLanguage(LanguageSupport language) {
      if (chatLanguageSupport == null) chatLanguageSupport = new ArrayList<>();
      chatLanguageSupport.add(Objects.requireNonNull(language, "language == null"));
      return this;
    }

    /** Adds a voice language. */
    public Builder voiceLanguage(LanguageSupport language) {
      if (voiceLanguageSupport == null) voiceLanguageSupport = new ArrayList<>();
      voiceLanguageSupport.add(Objects.requireNonNull(language, "language == null"));
      return this;
    }

    /** Adds a skill. */
    public Builder skill(AgentSkill skill) {
      if (skills == null) skills = new ArrayList<>();
      skills.add(Objects.requireNonNull(skill, "skill == null"));
      return this;
    }

    /** Adds a desktop layout. */
    public Builder desktopLayout(DesktopLayout layout) {
      if (desktopLayouts == null) desktopLayouts = new ArrayList<>();
      desktopLayouts.add(Objects.requireNonNull(layout, "layout == null"));
      return this;
    }

    /** Adds a queue. */
    public Builder queue(AgentQueue queue) {
      if (queues == null) queues = new ArrayList<>();
      queues.add(Objects.requireNonNull(queue, "queue == null"));
      return this;
    }

    /** Whether to create and assign a default desktop layout (create only). */
    public Builder createDefaultLayoutAndAssign(boolean value) {
      this.createDefaultLayoutAndAssign = value;
      return this;
    }

    /** The input. */
    public AgentInput build() {
      return new AgentInput(id, userId, accountId, orgId, iId, emailId, firstName, lastName, nickName,
          phoneNumber, roleId, agentGroupId, canSupportChat, maxChatSupport, canSupportVoice, customId,
          chatLanguageSupport, voiceLanguageSupport, skills, desktopLayouts, queues, createDefaultLayoutAndAssign);
    }
  }
}
