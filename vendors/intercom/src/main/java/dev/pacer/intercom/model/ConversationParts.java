package dev.pacer.intercom.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.pacer.vendor.support.Copies;
import java.util.List;

/**
 * The parts of a conversation (at most the 500 most recent).
 *
 * @param type the object type, {@code conversation_part.list}
 * @param conversationParts the parts, oldest first; empty when absent
 * @param totalCount how many parts the conversation has
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ConversationParts(
    @JsonProperty("type") String type,
    @JsonProperty("conversation_parts") List<ConversationPart> conversationParts,
    @JsonProperty("total_count") Integer totalCount) {
  public ConversationParts {
    conversationParts = Copies.listOrEmpty(conversationParts);
  }
}
