package dev.pacer.intercom.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The answer to {@code DELETE /contacts/{id}}.
 *
 * @param type the object type, {@code contact}
 * @param id the deleted contact's id
 * @param externalId its external id, or null
 * @param deleted true when it was deleted
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ContactDeleted(
    @JsonProperty("type") String type,
    @JsonProperty("id") String id,
    @JsonProperty("external_id") String externalId,
    @JsonProperty("deleted") Boolean deleted) {}
