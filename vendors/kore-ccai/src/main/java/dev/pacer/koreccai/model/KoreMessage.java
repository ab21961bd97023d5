package dev.pacer.koreccai.model;

/**
 * An answer that is only a message, e.g. of "Send Outbound SMS" or "Add Contacts to a Contact
 * List" (whose work goes on after the answer).
 *
 * @param message Kore's message
 */
public record KoreMessage(String message) {}
