package dev.pacer.nylas.model;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/**
 * A file of the account ({@code GET /files}, {@code GET /files/{id}}, {@code POST /files}): an
 * attachment of a message or draft, or an upload waiting to be attached (uploads stay for 7 days).
 * Its content comes from {@code GET /files/{id}/download}. The fields are the ones the API v2
 * reference documents; others are ignored.
 *
 * @param id the file's ID, what {@link DraftInput#fileIds()} attaches
 * @param object always {@code file}
 * @param accountId the account the file belongs to
 * @param contentType the MIME type, e.g. {@code image/jpeg}
 * @param filename the file name, may be null
 * @param size the size in bytes, or null when not sent
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record FileMetadata(
    String id,
    String object,
    String accountId,
    String contentType,
    String filename,
    Long size) {}
