package dev.pacer.intercom.model;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import dev.pacer.intercom.internal.UnixSeconds;
import java.time.Instant;

/**
 * The contact's first reply in a conversation.
 *
 * @param createdAt when it was sent
 * @param type the channel, e.g. {@code conversation} or {@code email}
 * @param url the page it was sent from, or null
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record FirstContactReply(@UnixSeconds Instant createdAt, String type, String url) {}
