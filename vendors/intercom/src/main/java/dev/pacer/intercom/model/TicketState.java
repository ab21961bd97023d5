package dev.pacer.intercom.model;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/**
 * A state a ticket can be in.
 *
 * @param type the object type, {@code ticket_state}
 * @param id the state's id
 * @param category {@code submitted}, {@code in_progress}, {@code waiting_on_customer} or {@code resolved}
 * @param internalLabel the label teammates see
 * @param externalLabel the label customers see
 * @param archived whether the state is archived; only in {@code GET /ticket_states}, else null
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record TicketState(String type, String id, String category, String internalLabel, String externalLabel,
    Boolean archived) {}
