package dev.pacer.koreccai.model;

import com.fasterxml.jackson.annotation.JsonAlias;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;

/**
 * A contact-center contact, as "Create a Contact by Giving Details" returns it.
 *
 * @param id the contact ID (sent as {@code id} or {@code _id})
 * @param status the status
 * @param firstName the first name
 * @param lastName the last name
 * @param fullName the full name
 * @param salutation the salutation
 * @param cellPhone the cell phone
 * @param createdBy who created the contact
 * @param orgId the organization ID
 * @param accountId the account ID
 * @param instanceBotId the app (stream) ID
 * @param address the addresses, as sent (their shape is not documented)
 * @param twitterDetails the Twitter details, as sent (their shape is not documented)
 * @param createdAt when the contact was created
 * @param updatedAt when the contact was last updated
 */
public record Contact(@JsonAlias("_id") String id, String status, String firstName, String lastName, String fullName,
    String salutation, CellPhone cellPhone, String createdBy, String orgId, String accountId, String instanceBotId,
    JsonNode address, JsonNode twitterDetails, Instant createdAt, Instant updatedAt) {}
