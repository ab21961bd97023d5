package dev.pacer.store;

import java.util.List;

/**
 * What a {@link PermitStore} hands out for one call: one permit of each of the call's caps, held
 * until the engine {@linkplain PermitStore#release releases} it (when the response body closes, or
 * the call ends without one). Made by the store, which may keep its own state in it; the engine
 * only passes it back. Thread-safe.
 */
public interface PermitLease {
  /** The caps this lease holds one permit of each, in the order they were asked for. */
  List<PermitCap> caps();
}
