package dev.pacer.koreccai.model;

/**
 * A recording file: its name and a signed URL to download it from (the URL is a credential of
 * its own until it expires; do not log it).
 *
 * @param fileName the file name
 * @param fileUrl where to download it
 */
public record RecordingFile(String fileName, String fileUrl) {}
