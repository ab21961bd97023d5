package dev.pacer.intercom.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.pacer.intercom.internal.UnixSeconds;
import java.time.Instant;

/**
 * The contact's first reply in a conversation.
 *
 * @param createdAt when it was sent
 * @param type the channel, e.g. {@code conversation} or {@code email}
 * @param url the page it was sent from, or null
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record FirstContactReply(
    @JsonProperty("created_at") @UnixSeconds Instant createdAt,
    @JsonProperty("type") String type,
    @JsonProperty("url") String url) {}
