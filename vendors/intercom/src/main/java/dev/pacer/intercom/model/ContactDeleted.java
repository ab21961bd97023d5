package dev.pacer.intercom.model;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/**
 * The answer to {@code DELETE /contacts/{id}}.
 *
 * @param type the object type, {@code contact}
 * @param id the deleted contact's id
 * @param externalId its external id, or null
 * @param deleted true when it was deleted
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record ContactDeleted(String type, String id, String externalId, Boolean deleted) {}
