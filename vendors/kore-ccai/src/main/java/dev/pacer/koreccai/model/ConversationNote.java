package dev.pacer.koreccai.model;

import com.fasterxml.jackson.annotation.JsonAlias;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;

/**
 * A note an agent left on a conversation.
 *
 * @param id the note ID (sent as {@code _id})
 * @param note the text
 * @param author the author, as sent ({@code _id}, {@code firstName}, {@code lastName}, {@code userId})
 * @param timestamp when it was written
 */
public record ConversationNote(@JsonAlias("_id") String id, String note, JsonNode author, Instant timestamp) {}
