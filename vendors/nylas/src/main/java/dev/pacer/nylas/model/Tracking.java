package dev.pacer.nylas.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/**
 * Which events Nylas tracks on a message it sends (reported through webhooks).
 *
 * @param links track link clicks
 * @param opens track opens
 * @param threadReplies track replies in the thread
 * @param payload a string echoed back in the webhook notifications, may be null
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record Tracking(boolean links, boolean opens, boolean threadReplies, String payload) {}
