package dev.pacer.koreccai.model;

import com.fasterxml.jackson.annotation.JsonAlias;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;

/**
 * A campaign contact list, as "Get All Contact List Details" (v2) lists it.
 *
 * @param id the list ID ({@code cl-...}; sent as {@code _id})
 * @param name the name
 * @param description the description
 * @param totalRecordCount how many contacts it holds
 * @param status the status
 * @param listType the list type
 * @param source where the contacts came from
 * @param isListInUse whether a campaign uses it
 * @param updatedAt when it was last updated
 * @param mapping which columns hold first name, last name, phone number and so on, as sent
 * @param campaignInUse the campaigns using it, as sent
 * @param files the uploaded files, as sent
 */
public record ContactList(@JsonAlias("_id") String id, String name, String description, Integer totalRecordCount,
    String status, String listType, String source, Boolean isListInUse,
    Instant updatedAt, JsonNode mapping, JsonNode campaignInUse, JsonNode files) {}
