package dev.pacer.nylas.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Which events Nylas tracks on a message it sends (reported through webhooks).
 *
 * @param links track link clicks
 * @param opens track opens
 * @param threadReplies track replies in the thread
 * @param payload a string echoed back in the webhook notifications, may be null
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Tracking(
    @JsonProperty("links") boolean links,
    @JsonProperty("opens") boolean opens,
    @JsonProperty("thread_replies") boolean threadReplies,
    @JsonProperty("payload") String payload) {}
