package dev.pacer.koreccai.model;

/**
 * One period of an agent's self-reported status, from "Agent Status Details API". Kore sends
 * the times without a zone (e.g. {@code 2026-09-18T14:31:58}); they are kept as sent.
 *
 * @param primaryStatus e.g. {@code AVAILABLE}
 * @param secondaryStatus the secondary status
 * @param startTime when the period started, as sent
 * @param endTime when it ended, as sent
 * @param duration how long it lasted, e.g. {@code 01:07:48}
 */
public record StatusPeriod(String primaryStatus, String secondaryStatus, String startTime, String endTime,
    String duration) {}
