package dev.pacer.koreccai.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.pacer.vendor.support.Copies;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The body of the campaign create and update APIs (v2), for SMS campaigns (without a template,
 * with a template, or in the advanced format) and voice campaigns (agentless, progressive or
 * preview). Which components a kind needs is Kore's to check; {@link #sms} and {@link #voice}
 * start a builder. Null components are left out.
 *
 * @param name the name, at most 48 characters
 * @param description the description, at most 256 characters
 * @param contactLists the names of the contact lists to reach, at least one
 * @param dncLists the do-not-call list, by name (required for voice campaigns in v2)
 * @param campaignType {@code sms} or {@code voice}
 * @param priority 1 (lowest) to 5, sent as a string as Kore's pages do
 * @param format SMS: {@code simple} or {@code advanced}
 * @param message SMS: the message (not for the advanced format)
 * @param dialingMode voice: {@code Agentless}, {@code Progressive} or {@code Preview}
 * @param dialingStrategy the caller ID, calling hours and (voice) dialing limits
 * @param schedule whether the campaign waits for a schedule
 * @param experienceFlowName the experience flow to run (SMS advanced format, agentless voice)
 * @param queueName voice, progressive and preview: the queue answered calls go to ({@code queue_name})
 * @param maxSkips voice, preview: how many times an agent may skip a contact
 * @param enableMachineDetect voice, agentless: {@code no}, {@code detect} or {@code disconnect}
 */
public record CampaignInput(String name, String description, List<String> contactLists, Ref dncLists,
    CampaignType campaignType, String priority, String format, CampaignMessage message, String dialingMode,
    DialingStrategy dialingStrategy, CampaignSchedule schedule, String experienceFlowName,
    @JsonProperty("queue_name") String queueName, Integer maxSkips, String enableMachineDetect) {

  /** Checks the name, description and type, and copies the list. */
  public CampaignInput {
    Objects.requireNonNull(name, "name == null");
    if (name.length() > 48) throw new IllegalArgumentException("name longer than 48 characters: " + name.length());
    if (description != null && description.length() > 256) {
      throw new IllegalArgumentException("description longer than 256 characters: " + description.length());
    }
    Objects.requireNonNull(campaignType, "campaignType == null");
    contactLists = Copies.listOrNull(contactLists);
  }

  /** A builder for an SMS campaign called {@code name}. */
  public static Builder sms(String name, String description) {
    return new Builder(CampaignType.SMS, name, description);
  }

  /** A builder for a voice campaign called {@code name}. */
  public static Builder voice(String name, String description) {
    return new Builder(CampaignType.VOICE, name, description);
  }

  /** Builds a {@link CampaignInput}. Not thread-safe; {@link #build()} copies the list. */
  public static final class Builder {
    private final CampaignType campaignType;
    private final String name;
    private final String description;
    private final List<String> contactLists = new ArrayList<>();
    private Ref dncLists;
    private String priority;
    private String format;
    private CampaignMessage message;
    private String dialingMode;
    private DialingStrategy dialingStrategy;
    private CampaignSchedule schedule;
    private String experienceFlowName;
    private String queueName;
    private Integer maxSkips;
    private String enableMachineDetect;

    private Builder(CampaignType campaignType, String name, String description) {
      this.campaignType = campaignType;
      this.name = name;
      this.description = description;
    }

    /** Adds a contact list to reach, by name. */
    public Builder contactList(String contactListName) {
      contactLists.add(Objects.requireNonNull(contactListName, "contactListName == null"));
      return this;
    }

    /** The do-not-call list, by name. */
    public Builder dncList(String contactListName) {
      this.dncLists = new Ref(null, Objects.requireNonNull(contactListName, "contactListName == null"));
      return this;
    }

    /** The priority, 1 (lowest) to 5. */
    public Builder priority(int priority) {
      if (priority < 1 || priority > 5) throw new IllegalArgumentException("priority not in 1..5: " + priority);
      this.priority = Integer.toString(priority);
      return this;
    }

    /** SMS: the format, {@code simple} or {@code advanced}. */
    public Builder format(String format) {
      this.format = format;
      return this;
    }

    /** SMS: the message. */
    public Builder message(CampaignMessage message) {
      this.message = message;
      return this;
    }

    /** Voice: the dialing mode, {@code Agentless}, {@code Progressive} or {@code Preview}. */
    public Builder dialingMode(String dialingMode) {
      this.dialingMode = dialingMode;
      return this;
    }

    /** How the campaign dials or texts. */
    public Builder dialingStrategy(DialingStrategy dialingStrategy) {
      this.dialingStrategy = dialingStrategy;
      return this;
    }

    /** Whether the campaign waits for a schedule (false: it runs when started). */
    public Builder schedulingEnabled(boolean enabled) {
      this.schedule = new CampaignSchedule(enabled, null);
      return this;
    }

    /** The experience flow to run, by name. */
    public Builder experienceFlowName(String experienceFlowName) {
      this.experienceFlowName = experienceFlowName;
      return this;
    }

    /** Voice, progressive and preview: the queue answered calls go to, by name. */
    public Builder queueName(String queueName) {
      this.queueName = queueName;
      return this;
    }

    /** Voice, preview: how many times an agent may skip a contact. */
    public Builder maxSkips(int maxSkips) {
      this.maxSkips = maxSkips;
      return this;
    }

    /** Voice, agentless: answering-machine detection, {@code no}, {@code detect} or {@code disconnect}. */
    public Builder enableMachineDetect(String mode) {
      this.enableMachineDetect = mode;
      return this;
    }

    /** The input. */
    public CampaignInput build() {
      return new CampaignInput(name, description, contactLists.isEmpty() ? null : contactLists, dncLists,
          campaignType, priority, format, message, dialingMode, dialingStrategy, schedule, experienceFlowName,
          queueName, maxSkips, enableMachineDetect);
    }
  }
}
