package dev.pacer.intercom.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

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
@JsonIgnoreProperties(ignoreUnknown = true)
public record Attachment(
    @JsonProperty("type") String type,
    @JsonProperty("name") String name,
    @JsonProperty("url") String url,
    @JsonProperty("content_type") String contentType,
    @JsonProperty("filesize") Long filesize,
    @JsonProperty("width") Integer width,
    @JsonProperty("height") Integer height) {}
