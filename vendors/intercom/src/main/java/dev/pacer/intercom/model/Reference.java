package dev.pacer.intercom.model;


/**
 * A pointer to another object: its type ({@code admin}, {@code team}, {@code contact} ...) and id.
 *
 * @param type the referenced object's type
 * @param id the referenced object's id
 */
public record Reference(String type, String id) {}
