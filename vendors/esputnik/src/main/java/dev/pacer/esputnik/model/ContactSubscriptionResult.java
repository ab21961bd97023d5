package dev.pacer.esputnik.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The outcome of a subscription-form sign-up.
 *
 * @param id the contact ID
 * @param emailStatus {@code NEED_CONFIRMATION}, {@code SUBSCRIBED}, {@code ALREADY_SUBSCRIBED} or {@code BLACKLISTED}
 * @param isNew whether the contact was created (wire name {@code new})
 */
public record ContactSubscriptionResult(Long id, String emailStatus, @JsonProperty("new") Boolean isNew) {}
