/**
 * Typed eSputnik (Yespo) client on Pacer: the documented endpoints with their rate limits declared. Model packages are open to Jackson for binding.
 */
module dev.pacer.esputnik {
  requires transitive dev.pacer.vendor.support;

  exports dev.pacer.esputnik;
  exports dev.pacer.esputnik.model;
  opens dev.pacer.esputnik.model to com.fasterxml.jackson.databind;
  opens dev.pacer.esputnik to com.fasterxml.jackson.databind;
}
