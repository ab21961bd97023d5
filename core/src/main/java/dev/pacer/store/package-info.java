/**
 * Where rate buckets live: the {@link dev.pacer.store.BucketStore} service-provider interface
 * and its in-memory default. A store keeps the state of every rate bucket (GCRA arrival times
 * and server pauses) and changes it in single atomic operations, so a shared store (Redis) can
 * implement each one as one server-side script call. Applications only choose a store
 * ({@code Pacer.builder(policy).store(...)}); the engine is the only caller of the operations.
 */
package dev.pacer.store;
