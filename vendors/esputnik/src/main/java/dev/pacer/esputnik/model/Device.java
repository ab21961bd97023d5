package dev.pacer.esputnik.model;

/**
 * The device behind a {@code mobilepush} channel.
 *
 * @param appId the mobile application's ID
 * @param deviceModel the device model
 * @param os the device's operating system
 * @param locale the locale, e.g. {@code en_UK}
 * @param clientVersion the SDK version: {@code native} or {@code esputnik-1}
 * @param appVersion the app's version
 * @param active whether the token is active
 */
public record Device(String appId, String deviceModel, String os, String locale, String clientVersion,
    String appVersion, Boolean active) {}
