package dev.pacer.intercom.model;


/**
 * The answer to deleting a company or an article.
 *
 * @param id the deleted object's id
 * @param object what was deleted, {@code company} or {@code article}
 * @param deleted true when it was deleted
 */
public record DeletedObject(String id, String object, Boolean deleted) {}
