package dev.pacer.intercom.model;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/**
 * A file attached to a message or a conversation part.
 *
 * @param type the object type, {@code upload}
 * @param name the file name
 * @param url where to download it
 * @param contentType its MIME type
 * @param filesize its size in bytes
 * @param width an image's width in pixels, or null
 * @param height an image's height in pixels, or null
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record Attachment(
    String type,
    String name,
    String url,
    String contentType,
    Long filesize,
    Integer width,
    Integer height) {}
