package dev.pacer.nylas.model;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/**
 * A file attached to a message or draft (the file's metadata, not its content).
 *
 * @param id the file's ID
 * @param contentType the MIME type, e.g. {@code image/png}
 * @param filename the file name, may be null
 * @param size the size in bytes, or null when unknown
 * @param contentDisposition {@code attachment} or {@code inline}, may be null
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record Attachment(
    String id,
    String contentType,
    String filename,
    Long size,
    String contentDisposition) {}
