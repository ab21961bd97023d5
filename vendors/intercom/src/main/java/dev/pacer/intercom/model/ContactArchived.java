package dev.pacer.intercom.model;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/**
 * The answer to {@code POST /contacts/{id}/archive} and {@code /unarchive}.
 *
 * @param type the object type, {@code contact}
 * @param id the contact's id
 * @param externalId its external id, or null
 * @param archived whether the contact is now archived
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record ContactArchived(String type, String id, String externalId, Boolean archived) {}
