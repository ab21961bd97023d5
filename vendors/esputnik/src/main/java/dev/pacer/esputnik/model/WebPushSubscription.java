package dev.pacer.esputnik.model;

/**
 * The browser subscription behind a {@code webpush} channel.
 *
 * @param appId the web push application ID
 * @param userAgent the browser
 * @param userAgentVersion the browser's version
 * @param userAgentLanguage the browser's language
 * @param os the operating system
 * @param ip the subscriber's IP address
 * @param subscriptionPage the page the subscription was made on
 * @param swActiveVersion the active service worker version
 */
public record WebPushSubscription(Integer appId, String userAgent, String userAgentVersion, String userAgentLanguage,
    String os, String ip, String subscriptionPage, String swActiveVersion) {}
