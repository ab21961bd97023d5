package dev.pacer.intercom.model;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import dev.pacer.vendor.support.Copies;
import java.util.List;

/**
 * The parts of a conversation (at most the 500 most recent).
 *
 * @param type the object type, {@code conversation_part.list}
 * @param conversationParts the parts, oldest first; empty when absent
 * @param totalCount how many parts the conversation has
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record ConversationParts(String type, List<ConversationPart> conversationParts, Integer totalCount) {
  public ConversationParts {
    conversationParts = Copies.listOrEmpty(conversationParts);
  }
}
