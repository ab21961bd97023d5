package dev.pacer.intercom.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A pointer to a contact, with your external id when it has one.
 *
 * @param type the object type, {@code contact}
 * @param id Intercom's id of the contact
 * @param externalId your id of the contact, or null
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ContactReference(
    @JsonProperty("type") String type,
    @JsonProperty("id") String id,
    @JsonProperty("external_id") String externalId) {}
