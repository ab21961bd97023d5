package dev.pacer.esputnik.model;

/**
 * The delivery state of one sent message.
 *
 * @param status e.g. {@code IN_QUEUE}, {@code DELIVERED}, {@code UNDELIVERED}, {@code BLACKLISTED}
 * @param requestId the ID the send returned
 * @param failed true when it was not delivered; {@code status} says why
 * @param delivered true when it reached the contact
 */
public record InstantMessageStatus(String status, String requestId, Boolean failed, Boolean delivered) {}
