package dev.pacer.koreccai.model;

import com.fasterxml.jackson.annotation.JsonAlias;
import com.fasterxml.jackson.databind.JsonNode;
import dev.pacer.vendor.support.Copies;
import java.time.Instant;
import java.util.List;

/**
 * A campaign, as "Get All Campaigns" lists it and the campaign APIs (create, get, update,
 * delete) answer with it. The channel-specific parts (message, schedule, do-not-call lists) are
 * kept as JSON.
 *
 * @param id the campaign ID ({@code cd-...}; sent as {@code _id} or {@code id})
 * @param name the name
 * @param description the description
 * @param priority the priority, as Kore sends it (a string)
 * @param dialingMode the dialing mode, e.g. {@code Progressive}
 * @param status the status, e.g. {@code Active}
 * @param format the SMS format, for SMS campaigns
 * @param contactLists the IDs of the contact lists dialled
 * @param createdAt when the campaign was created
 * @param updatedAt when it was last updated
 * @param schedule the schedule flags, as sent ({@code isSchedulingEnabled}, {@code isRecurrenceEnabled})
 * @param dncLists the do-not-call lists, as sent
 * @param connection the connection, as sent
 * @param message the SMS message, as sent
 * @param dialingStrategy how the campaign dials or texts (answers of create, get, update, delete)
 * @param experienceFlow the experience flow's ID ({@code cf-...})
 */
public record Campaign(@JsonAlias("_id") String id, String name, String description, String priority,
    String dialingMode, String status, String format, List<String> contactLists, Instant createdAt,
    Instant updatedAt, JsonNode schedule, JsonNode dncLists, JsonNode connection, JsonNode message,
    DialingStrategy dialingStrategy, String experienceFlow) {

  /** Copies the list, so a campaign is immutable. */
  public Campaign {
    contactLists = Copies.listOrNull(contactLists);
  }
}
