package dev.pacer.intercom.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The answer to {@code POST /contacts/{id}/archive} and {@code /unarchive}.
 *
 * @param type the object type, {@code contact}
 * @param id the contact's id
 * @param externalId its external id, or null
 * @param archived whether the contact is now archived
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ContactArchived(
    @JsonProperty("type") String type,
    @JsonProperty("id") String id,
    @JsonProperty("external_id") String externalId,
    @JsonProperty("archived") Boolean archived) {}
