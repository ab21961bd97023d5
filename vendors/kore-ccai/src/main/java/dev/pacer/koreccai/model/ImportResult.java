package dev.pacer.koreccai.model;

/**
 * The answer of "Import/Save Data by Giving Details (v2)".
 *
 * @param msg Kore's message, e.g. {@code Imported skill groups data successfully}
 */
public record ImportResult(String msg) {}
