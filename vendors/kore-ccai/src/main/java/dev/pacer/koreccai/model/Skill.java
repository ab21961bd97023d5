package dev.pacer.koreccai.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import dev.pacer.vendor.support.Copies;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A skill in a skill group. "Get a Particular Skill" lists the agents holding it; "Create a
 * Skill" answers with their count instead, which {@link #agentCount()} keeps.
 *
 * @param id the skill ID
 * @param name the name
 * @param description the description
 * @param status the status
 * @param skillGroupId the skill group's ID
 * @param agents the agents holding the skill; empty when the answer gave only a count
 * @param agentCount how many agents hold the skill: the count the answer gave, else the list's size
 * @param createdBy who created the skill
 * @param createdAt when the skill was created
 * @param updatedAt when the skill was last updated
 */
public record Skill(String id, String name, String description, String status, String skillGroupId,
    List<SkillAgent> agents, Integer agentCount, String createdBy, Instant createdAt, Instant updatedAt) {

  /** Copies the list, so a skill is immutable. */
  public Skill {
    agents = Copies.listOrNull(agents);
  }

  /** Reads a skill whose {@code agents} is either a list of agents or a count. */
  @JsonCreator
  static Skill fromJson(@JsonProperty("id") String id, @JsonProperty("name") String name,
      @JsonProperty("description") String description, @JsonProperty("status") String status,
      @JsonProperty("skillGroupId") String skillGroupId, @JsonProperty("agents") JsonNode agents,
      @JsonProperty("createdBy") String createdBy, @JsonProperty("createdAt") Instant createdAt,
      @JsonProperty("updatedAt") Instant updatedAt) {
    List<SkillAgent> list = new ArrayList<>();
    Integer count = null;
    if (agents != null && agents.isNumber()) {
      count = agents.asInt();
    } else if (agents != null && agents.isArray()) {
      for (JsonNode a : agents) {
        list.add(new SkillAgent(text(a, "userId"), text(a, "aId"), text(a, "skillId"), text(a, "proficiencyLevel"),
            text(a, "firstName"), text(a, "lastName"), text(a, "emailId")));
      }
      count = list.size();
    }
    return new Skill(id, name, description, status, skillGroupId, list, count, createdBy, createdAt, updatedAt);
  }

  private static String text(JsonNode node, String field) {
    JsonNode v = node.get(field);
    return v == null || v.isNull() ? null : v.asText();
  }
}
