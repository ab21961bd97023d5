package dev.pacer.koreccai.model;

import dev.pacer.vendor.support.Copies;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The body of "Create a Queue". Only {@code name} is required; null components are left out.
 *
 * @param name the name
 * @param description the description
 * @param isActive whether the queue is active
 * @param isDefault whether it is the default queue
 * @param isAdvancedRoutingEnabled whether advanced routing is on
 * @param orgId the organization ID
 * @param hoursOfOperation the hours of operation (its ID is required when set)
 * @param agents agents of the queue
 * @param skills skills the queue routes by
 * @param agentGroups agent groups of the queue
 * @param advancedSettings advanced routing settings
 * @param maxTimeout the longest a conversation waits in the queue
 */
public record QueueInput(String name, String description, Boolean isActive,
    Boolean isDefault,
    Boolean isAdvancedRoutingEnabled, String orgId,
    Ref hoursOfOperation, List<QueueAgent> agents, List<QueueSkill> skills, List<Ref> agentGroups,
    QueueAdvancedSettings advancedSettings, MinSec maxTimeout) {

  /** Copies the lists, so an input is immutable. */
  public QueueInput {
    Objects.requireNonNull(name, "name == null");
    if (name.isBlank()) throw new IllegalArgumentException("name is blank");
    agents = Copies.listOrNull(agents);
    skills = Copies.listOrNull(skills);
    agentGroups = Copies.listOrNull(agentGroups);
  }

  /** A builder for a queue called {@code name}. */
  public static Builder builder(String name) {
    return new Builder(name);
  }

  /** Builds a {@link QueueInput}. Not thread-safe; {@link #build()} copies the lists. */
  public static final class Builder {
    private final String name;
    private String description;
    private Boolean isActive;
    private Boolean isDefault;
    private Boolean isAdvancedRoutingEnabled;
    private String orgId;
    private Ref hoursOfOperation;
    private List<QueueAgent> agents;
    private List<QueueSkill> skills;
    private List<Ref> agentGroups;
    private QueueAdvancedSettings advancedSettings;
    private MinSec maxTimeout;

    private Builder(String name) {
      this.name = name;
    }

    /** The description. */
    public Builder description(String description) { this.description = description; return this; }

    /** Whether the queue is active. */
    public Builder active(boolean active) { this.isActive = active; return this; }

    /** Whether it is the default queue. */
    public Builder defaultQueue(boolean isDefault) { this.isDefault = isDefault; return this; }

    /** Turns advanced routing on with {@code settings}. */
    public Builder advancedRouting(QueueAdvancedSettings settings) {
      this.isAdvancedRoutingEnabled = true;
      this.advancedSettings = Objects.requireNonNull(settings, "settings == null");
      return this;
    }

    /** The organization ID. */
    public Builder orgId(String orgId) { this.orgId = orgId; return this; }

    /** The hours of operation, by ID. */
    public Builder hoursOfOperation(String hoursOfOperationId) {
      this.hoursOfOperation = Ref.of(Objects.requireNonNull(hoursOfOperationId, "hoursOfOperationId == null"));
      return this;
    }

    /** Adds an agent. */
    public Builder agent(QueueAgent agent) {
      if (agents == null) agents = new ArrayList<>();
      agents.add(Objects.requireNonNull(agent, "agent == null"));
      return this;
    }

    /** Adds a skill. */
    public Builder skill(QueueSkill skill) {
      if (skills == null) skills = new ArrayList<>();
      skills.add(Objects.requireNonNull(skill, "skill == null"));
      return this;
    }

    /** Adds an agent group, by ID. */
    public Builder agentGroup(String agentGroupId) {
      if (agentGroups == null) agentGroups = new ArrayList<>();
      agentGroups.add(Ref.of(Objects.requireNonNull(agentGroupId, "agentGroupId == null")));
      return this;
    }

    /** The longest a conversation waits in the queue. */
    public Builder maxTimeout(MinSec maxTimeout) { this.maxTimeout = maxTimeout; return this; }

    /** The input. */
    public QueueInput build() {
      return new QueueInput(name, description, isActive, isDefault, isAdvancedRoutingEnabled, orgId,
          hoursOfOperation, agents, skills, agentGroups, advancedSettings, maxTimeout);
    }
  }
}
