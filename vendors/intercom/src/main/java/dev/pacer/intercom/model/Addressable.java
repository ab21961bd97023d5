package dev.pacer.intercom.model;


/**
 * An item of an {@link AddressableList}: an object's type, id and API URL.
 *
 * @param type the object's type, e.g. {@code tag}, {@code note}, {@code company}
 * @param id the object's id
 * @param url the object's path in the API
 */
public record Addressable(String type, String id, String url) {}
