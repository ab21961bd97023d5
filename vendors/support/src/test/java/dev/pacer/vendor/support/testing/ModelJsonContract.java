package dev.pacer.vendor.support.testing;

import dev.pacer.vendor.support.VendorJson;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Array;
import java.lang.reflect.RecordComponent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The JSON contract every vendor module's model package keeps, as an abstract test a vendor
 * module extends with one line. Each file {@code src/test/resources/<package>/examples/X.json}
 * holds a body shaped like the vendor's documented example of the model type {@code X} (a generic
 * type as {@code Raw-Arg.json}, e.g. {@code IntercomList-Contact.json}), and for each:
 *
 * <ul>
 *   <li>it reads into {@code X} with the mapper the clients use ({@link VendorJson#newMapper()}),
 *       fields the model does not know (any whose name starts with {@code unknown}) ignored;
 *   <li>every other field of the example, at every depth, is read into the model and written
 *       back (so a wrong or missing JSON name fails), and the unknown ones are not written back;
 *   <li>what is written back reads into an equal value.
 * </ul>
 *
 * And every record the model package declares is reached, with data, by some example, except
 * those the vendor's test names as not JSON.
 */
public abstract class ModelJsonContract {
  private static final Pattern RECORD = Pattern.compile("\\brecord\\s+(\\w+)\\s*[<(]");

  private final String modelPackage;
  private final Set<String> notJson;
  private final Map<String, String> renamedOnWrite;
  private final Set<String> reshapedOnWrite;
  private final ObjectMapper mapper = VendorJson.newMapper();

  /** For the model types of {@code modelPackage}, e.g. {@code dev.pacer.intercom.model}. */
  protected ModelJsonContract(String modelPackage) {
    this(modelPackage, Set.of(), Map.of(), Set.of());
  }

  /**
   * For the model types of {@code modelPackage}, with the vendor's exceptions.
   *
   * @param notJson records of the package no example covers (query options, say, or parts of a
   *     body that is only ever sent), by their name in the package ({@code Outer.Inner} when nested)
   * @param renamedOnWrite names the vendor sends that the model writes under another name
   *     ({@code @JsonAlias}), sent name to written name; names that differ only in case or
   *     underscores ({@code _id} read as {@code id}, {@code AccountId} as {@code accountId}) need none
   * @param reshapedOnWrite fields whose value the model reads in more than one shape and writes in
   *     its own (a bare map read into a record, say): only their presence is compared
   */
  protected ModelJsonContract(String modelPackage, Set<String> notJson, Map<String, String> renamedOnWrite,
      Set<String> reshapedOnWrite) {
    this.modelPackage = modelPackage;
    this.notJson = Set.copyOf(notJson);
    this.renamedOnWrite = Map.copyOf(renamedOnWrite);
    this.reshapedOnWrite = Set.copyOf(reshapedOnWrite);
  }

  @TestFactory
  Stream<DynamicTest> everyExampleReadsIntoItsModelAndWritesBackUnchanged() {
    return examples().stream().map(file -> DynamicTest.dynamicTest(file.getFileName().toString(), () -> check(file)));
  }

  @Test
  void everyModelRecordIsReachedWithDataByAnExample() throws Exception {
    Set<String> reached = new TreeSet<>();
    for (Path file : examples()) {
      reached.addAll(recordsIn(check(file)).stream().map(Class::getCanonicalName).collect(Collectors.toSet()));
    }
    Set<String> missing = new TreeSet<>(declaredRecords());
    missing.removeAll(reached);
    missing.removeAll(notJson.stream().map(n -> modelPackage + "." + n).collect(Collectors.toSet()));
    assertEquals(Set.of(), missing, "model records no example reaches");
  }

  private List<Path> examples() {
    Path dir = Path.of("src/test/resources", modelPackage.replace('.', '/'), "examples");
    try (Stream<Path> files = Files.list(dir)) {
      List<Path> all = files.filter(f -> f.toString().endsWith(".json")).sorted().collect(Collectors.toList());
      assertFalse(all.isEmpty(), "no examples in " + dir);
      return all;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private Object check(Path file) throws Exception {
    String json = Files.readString(file);
    JavaType type = typeOf(file.getFileName().toString().replace(".json", ""));
    Object value = mapper.readValue(json, type);
    String written = mapper.writeValueAsString(value);
    compare(mapper.readTree(json), mapper.readTree(written), type + " $", renamedOnWrite, reshapedOnWrite);
    assertEquals(value, mapper.readValue(written, type), "what " + type + " writes reads back into another value");
    return value;
  }

  private JavaType typeOf(String name) throws ClassNotFoundException {
    String[] parts = name.split("-");
    Class<?> raw = modelClass(parts[0]);
    if (parts.length == 1) return mapper.constructType(raw);
    JavaType[] args = new JavaType[parts.length - 1];
    for (int i = 1; i < parts.length; i++) args[i - 1] = mapper.constructType(modelClass(parts[i]));
    return mapper.getTypeFactory().constructParametricType(raw, args);
  }

  private Class<?> modelClass(String simpleName) throws ClassNotFoundException {
    return Class.forName(modelPackage + "." + simpleName.replace('.', '$'));
  }

  /** Every field of {@code in} is in {@code out} (unknown ones are not), at every depth. */
  private static void compare(JsonNode in, JsonNode out, String path, Map<String, String> renamed,
      Set<String> reshaped) {
    if (in.isObject()) {
      assertTrue(out != null && out.isObject(), path + " is not written back as an object: " + out);
      for (Iterator<Map.Entry<String, JsonNode>> it = in.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> field = it.next();
        String name = field.getKey();
        if (name.startsWith("unknown")) {
          assertFalse(out.has(name), path + "." + name + " is not in the model but was written back");
        } else {
          JsonNode written = written(out, name, renamed);
          if (written == null || written.isNull() != field.getValue().isNull()) fail(path + "." + name + " is lost between reading and writing: " + out);
          if (!reshaped.contains(name)) compare(field.getValue(), written, path + "." + name, renamed, reshaped);
        }
      }
    } else if (in.isArray()) {
      assertTrue(out.isArray() && out.size() == in.size(), path + " is not written back as " + in.size() + " items: " + out);
      for (int i = 0; i < in.size(); i++) compare(in.get(i), out.get(i), path + "[" + i + "]", renamed, reshaped);
    }
  }

  private static JsonNode written(JsonNode out, String name, Map<String, String> renamed) {
    if (out.has(name)) return out.get(name);
    if (renamed.containsKey(name)) return out.get(renamed.get(name));
    for (Iterator<String> it = out.fieldNames(); it.hasNext(); ) {
      String candidate = it.next();
      if (normalized(candidate).equals(normalized(name))) return out.get(candidate);
    }
    return null;
  }

  private static String normalized(String name) {
    return name.replace("_", "").toLowerCase(java.util.Locale.ROOT);
  }

  /** The record classes in {@code value}'s object graph. */
  private static Set<Class<?>> recordsIn(Object value) throws ReflectiveOperationException {
    Set<Class<?>> found = new java.util.HashSet<>();
    walk(value, found, new IdentityHashMap<>());
    return found;
  }

  private static void walk(Object value, Set<Class<?>> found, Map<Object, Boolean> seen)
      throws ReflectiveOperationException {
    if (value == null || seen.put(value, Boolean.TRUE) != null) return;
    Class<?> c = value.getClass();
    if (c.isRecord()) {
      found.add(c);
      for (RecordComponent rc : c.getRecordComponents()) walk(rc.getAccessor().invoke(value), found, seen);
    } else if (value instanceof Collection) {
      for (Object o : (Collection<?>) value) walk(o, found, seen);
    } else if (value instanceof Map) {
      for (Object o : ((Map<?, ?>) value).values()) walk(o, found, seen);
    } else if (c.isArray() && !c.getComponentType().isPrimitive()) {
      for (int i = 0; i < Array.getLength(value); i++) walk(Array.get(value, i), found, seen);
    }
  }

  /** The canonical names of the records declared in the model package's sources. */
  private Set<String> declaredRecords() throws IOException {
    Path dir = Path.of("src/main/java", modelPackage.replace('.', '/'));
    Set<String> names = new TreeSet<>();
    try (Stream<Path> files = Files.list(dir)) {
      for (Path f : files.filter(p -> p.toString().endsWith(".java")).collect(Collectors.toList())) {
        String top = f.getFileName().toString().replace(".java", "");
        Matcher m = RECORD.matcher(Files.readString(f));
        List<String> here = new ArrayList<>();
        while (m.find()) here.add(m.group(1).equals(top) ? top : top + "." + m.group(1));
        here.forEach(n -> names.add(modelPackage + "." + n));
      }
    }
    return names;
  }
}
