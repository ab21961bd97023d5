package dev.pacer.intercom.model;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/**
 * A pointer to a contact, with your external id when it has one.
 *
 * @param type the object type, {@code contact}
 * @param id Intercom's id of the contact
 * @param externalId your id of the contact, or null
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record ContactReference(String type, String id, String externalId) {}
