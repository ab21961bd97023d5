package dev.pacer.koreccai.model;

/**
 * A contact's cell phone.
 *
 * @param phoneNumber the number
 * @param countryCode the country code, e.g. {@code +1}
 * @param extension the extension
 */
public record CellPhone(String phoneNumber, String countryCode, String extension) {}
