package dev.pacer.esputnik.model;

/**
 * A segment (group) a contact belongs to; present only on contacts read from eSputnik.
 *
 * @param id the segment ID
 * @param name the segment's name
 * @param type {@code Static}, {@code Dynamic} or {@code Combined}
 */
public record Segment(Integer id, String name, String type) {}
