package dev.pacer.nylas.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A file attached to a message or draft (the file's metadata, not its content).
 *
 * @param id the file's ID
 * @param contentType the MIME type, e.g. {@code image/png}
 * @param filename the file name, may be null
 * @param size the size in bytes, or null when unknown
 * @param contentDisposition {@code attachment} or {@code inline}, may be null
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Attachment(
    @JsonProperty("id") String id,
    @JsonProperty("content_type") String contentType,
    @JsonProperty("filename") String filename,
    @JsonProperty("size") Long size,
    @JsonProperty("content_disposition") String contentDisposition) {}
