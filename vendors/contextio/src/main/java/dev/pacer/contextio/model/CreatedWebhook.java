package dev.pacer.contextio.model;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/**
 * The answer to creating a webhook.
 *
 * @param success whether it was created
 * @param webhookId the new webhook's ID
 * @param resourceUrl the new webhook's URL
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record CreatedWebhook(Boolean success, String webhookId, String resourceUrl) {}
