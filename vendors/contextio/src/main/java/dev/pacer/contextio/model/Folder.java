package dev.pacer.contextio.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/**
 * An IMAP folder of an email account.
 *
 * @param name the full folder name, levels joined by {@code delimiter}
 * @param delimiter the hierarchy delimiter, e.g. {@code /} or {@code .}
 * @param nbMessages how many messages it holds
 * @param nbUnseenMessages how many of them are unseen
 * @param attributes the IMAP folder attributes, as sent
 * @param resourceUrl the URL of this resource
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record Folder(String name, String delimiter, Integer nbMessages, Integer nbUnseenMessages, JsonNode attributes,
    String resourceUrl) {}
