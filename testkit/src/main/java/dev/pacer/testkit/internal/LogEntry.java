package dev.pacer.testkit.internal;

import dev.pacer.testkit.FaultKind;
import java.util.List;
import okhttp3.Headers;

/**
 * One request in the sandbox's log, with its credentials already hashed.
 *
 * @param method the request method
 * @param path the encoded path, without the query (queries may carry credentials)
 * @param headers the request headers, sensitive values replaced by {@code redacted:<hash>}
 * @param status the status answered; 0 when the connection was dropped
 * @param serverMillis the sandbox clock when the request was handled
 * @param buckets the buckets the request was counted in
 * @param rejectedBy the bucket that rejected it, or null
 * @param fault the fault injected, or null
 */
public record LogEntry(
    String method,
    String path,
    Headers headers,
    int status,
    long serverMillis,
    List<String> buckets,
    String rejectedBy,
    FaultKind fault) {}
