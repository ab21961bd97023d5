package dev.pacer.samples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * Keeps the release build honest: the BOM lists exactly the modules that are published (every
 * module of the build that does not skip deployment), at the build's version; samples and bench
 * are neither published nor given sources or Javadoc jars; and every artifact the README tells
 * people to depend on is one the BOM lists.
 */
final class ReleaseBuildTest {
  private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

  private static Document pom(Path file) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    return factory.newDocumentBuilder().parse(file.toFile());
  }

  /** The text of {@code parent}'s direct child {@code name}, or null. */
  private static String child(Element parent, String name) {
    for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element e && e.getTagName().equals(name)) return e.getTextContent().trim();
    }
    return null;
  }

  private static Element childElement(Element parent, String name) {
    for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element e && e.getTagName().equals(name)) return e;
    }
    return null;
  }

  private static String property(Document pom, String name) {
    Element properties = childElement(pom.getDocumentElement(), "properties");
    return properties == null ? null : child(properties, name);
  }

  /** Each module of the root build, by artifactId, mapped to its POM. */
  private static Map<String, Document> modules() throws Exception {
    Map<String, Document> modules = new TreeMap<>();
    NodeList list = pom(ROOT.resolve("pom.xml")).getElementsByTagName("module");
    for (int i = 0; i < list.getLength(); i++) {
      Document module = pom(ROOT.resolve(list.item(i).getTextContent().trim()).resolve("pom.xml"));
      modules.put(child(module.getDocumentElement(), "artifactId"), module);
    }
    return modules;
  }

  private static Document bom() throws Exception {
    return pom(ROOT.resolve("bom/pom.xml"));
  }

  private static Set<String> bomArtifacts() throws Exception {
    Set<String> listed = new TreeSet<>();
    Element managed = childElement(bom().getDocumentElement(), "dependencyManagement");
    NodeList dependencies = managed.getElementsByTagName("dependency");
    for (int i = 0; i < dependencies.getLength(); i++) {
      Element dependency = (Element) dependencies.item(i);
      assertEquals("dev.pacer", child(dependency, "groupId"));
      assertEquals("${project.version}", child(dependency, "version"));
      listed.add(child(dependency, "artifactId"));
    }
    return listed;
  }

  @Test
  void theBomListsExactlyThePublishedModules() throws Exception {
    Set<String> published = new TreeSet<>();
    for (Map.Entry<String, Document> module : modules().entrySet()) {
      if (module.getKey().equals("pacer-bom")) continue;
      if (!"true".equals(property(module.getValue(), "maven.deploy.skip"))) published.add(module.getKey());
    }
    assertEquals(Set.of("pacer-core", "pacer-testkit", "pacer-redis", "pacer-vendor-support", "pacer-esputnik", "pacer-intercom",
        "pacer-nylas", "pacer-kore-ccai", "pacer-contextio"), published);
    assertEquals(published, bomArtifacts());
  }

  @Test
  void theBomHasNoParentAndTheBuildsVersion() throws Exception {
    Element bom = bom().getDocumentElement();
    assertNull(childElement(bom, "parent"), "a parent would export its third-party pins to every importer");
    assertEquals("pom", child(bom, "packaging"));
    assertEquals(child(pom(ROOT.resolve("pom.xml")).getDocumentElement(), "version"), child(bom, "version"));
    assertEquals("dev.pacer", child(bom, "groupId"));
  }

  @Test
  void samplesAndBenchAreNeitherPublishedNorDocumented() throws Exception {
    Map<String, Document> modules = modules();
    for (String module : List.of("pacer-samples", "pacer-bench")) {
      for (String skip : List.of("maven.deploy.skip", "maven.source.skip", "maven.javadoc.skip")) {
        assertEquals("true", property(modules.get(module), skip), module + " sets " + skip);
      }
    }
    for (String published : bomArtifacts()) {
      for (String skip : List.of("maven.deploy.skip", "maven.source.skip", "maven.javadoc.skip")) {
        assertNull(property(modules.get(published), skip), published + " must not set " + skip);
      }
    }
  }

  @Test
  void everyArtifactTheReadmeNamesIsPublished() throws Exception {
    String readme = Files.readString(ROOT.resolve("README.md"), StandardCharsets.UTF_8);
    Matcher m = Pattern.compile("<artifactId>([^<]+)</artifactId>").matcher(readme);
    List<String> named = new ArrayList<>();
    while (m.find()) named.add(m.group(1));
    assertFalse(named.isEmpty());
    Set<String> allowed = new TreeSet<>(bomArtifacts());
    allowed.add("pacer-bom");
    for (String artifact : named) assertTrue(allowed.contains(artifact), "the README names " + artifact);
    assertTrue(named.contains("pacer-bom"), "the README shows how to import the BOM");
  }
}
