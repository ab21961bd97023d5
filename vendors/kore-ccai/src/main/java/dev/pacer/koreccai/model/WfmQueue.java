package dev.pacer.koreccai.model;

import com.fasterxml.jackson.annotation.JsonAlias;

/**
 * A queue as the WFM Queues API lists it (a "collection point").
 *
 * @param accountId the account ID
 * @param collectionPointId the queue ID ({@code qu-...})
 * @param description the queue's description (Kore's sample sends {@code Description})
 */
public record WfmQueue(@JsonAlias("AccountId") String accountId,
    @JsonAlias("CollectionPointId") String collectionPointId, @JsonAlias("Description") String description) {}
