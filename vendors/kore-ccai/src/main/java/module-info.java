/**
 * Typed Kore.ai Contact Center AI client on Pacer: the documented endpoints with their per-account limit declared. Model packages are open to Jackson for binding; {@code dev.pacer.koreccai.internal} is not API.
 */
module dev.pacer.koreccai {
  requires transitive dev.pacer.vendor.support;

  exports dev.pacer.koreccai;
  exports dev.pacer.koreccai.model;
  opens dev.pacer.koreccai.model to com.fasterxml.jackson.databind;
  opens dev.pacer.koreccai to com.fasterxml.jackson.databind;
  opens dev.pacer.koreccai.internal to com.fasterxml.jackson.databind;
}
