package dev.pacer.contextio.model;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/**
 * The answer to adding an email account.
 *
 * @param success whether it was added
 * @param label the new account's label
 * @param resourceUrl the new account's URL
 * @param feedbackCode why it failed, when it did
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record CreatedEmailAccount(Boolean success, String label, String resourceUrl, String feedbackCode) {}
