package dev.pacer.koreccai.model;

/**
 * The number a campaign calls or texts from.
 *
 * @param phoneNumber the number, E.164 (e.g. {@code +19876543210}), registered with the provider
 */
public record CallerId(String phoneNumber) {}
