/**
 * Typed Context.IO 2.0 client on Pacer: the documented endpoints with their rate limits declared. Model packages are open to Jackson for binding.
 */
module dev.pacer.contextio {
  requires transitive dev.pacer.vendor.support;

  exports dev.pacer.contextio;
  exports dev.pacer.contextio.model;
  opens dev.pacer.contextio.model to com.fasterxml.jackson.databind;
  opens dev.pacer.contextio to com.fasterxml.jackson.databind;
}
