package io.cozecore;

import io.cozecore.bridge.Action;
import io.cozecore.bridge.ActionKind;
import io.cozecore.bridge.Call;
import io.cozecore.bridge.CallOptions;
import io.cozecore.bridge.Client;
import io.cozecore.bridge.ClientConfig;
import io.cozecore.bridge.CoreError;
import io.cozecore.bridge.Header;
import io.cozecore.bridge.HeaderVector;
import io.cozecore.bridge.HookEventVector;
import io.cozecore.bridge.HttpRequest;
import io.cozecore.bridge.SseConfig;
import io.cozecore.bridge.SseEvent;
import io.cozecore.bridge.SseEventVector;
import io.cozecore.bridge.SseParser;
import io.cozecore.bridge.ToolSchema;
import io.cozecore.bridge.UlidFactory;
import io.cozecore.bridge.UlidResult;
import io.cozecore.bridge.cozecore_bridge;
import io.cozecore.internal.Cells;
import io.cozecore.internal.CoreRecord;
import io.cozecore.internal.Decoding;
import io.cozecore.internal.Json;
import io.cozecore.internal.JsonReader;
import io.cozecore.internal.Utf8;
import io.cozecore.model.Models;
import io.cozecore.resources.Operations;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The Java conformance runner: runs the vectors under {@code $COZE_VECTORS} (default {@code
 * tests/vectors}) through the SWIG bridge exactly as tests/vectors/README.md describes, and prints
 * {@code java <area>: N passed, N failed} per area, then one {@code FAIL <file>: <name>: <why>}
 * line per failing vector.
 */
public final class Conformance {
  private Conformance() {}

  /** A failed check inside one vector. */
  static final class Mismatch extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Mismatch(String why) {
      super(why, null, false, false);
    }
  }

  /** Totals over all areas. */
  public record Totals(int passed, int failed, List<String> failures) {}

  public static void main(String[] args) {
    String env = System.getenv("COZE_VECTORS");
    Path root = Path.of(env != null && !env.isEmpty() ? env : "tests/vectors");
    if (!Files.isDirectory(root)) {
      System.err.println("java conformance: no vectors directory " + root);
      System.exit(1);
    }
    Totals t = run(root, System.out);
    if (t.passed() + t.failed() == 0) {
      System.out.println("java conformance: no vectors found under " + root);
    }
    System.out.flush();
    System.exit(exitCode(t));
  }

  /**
   * The runner's exit status: 1 when a vector failed or when none was found (an empty or mistyped
   * directory).
   */
  static int exitCode(Totals t) {
    return t.failed() > 0 || t.passed() == 0 ? 1 : 0;
  }

  /** One vector, ready to run: it throws a Mismatch (or another exception) when it fails. */
  public record Case(String area, String file, String name, Runnable body) {
    /** Runs the vector; null when it passes, else why it failed. */
    public String failure() {
      try {
        body.run();
        return null;
      } catch (Mismatch m) {
        return m.getMessage();
      } catch (ClassCastException | NullPointerException | IllegalArgumentException e) {
        return "malformed vector: " + e;
      } catch (RuntimeException e) {
        return "exception: " + e;
      }
    }
  }

  /** The areas this runner knows, in order. */
  static final String[] AREAS = {
    "sse", "ulid", "errors", "exec", "flows", "models", "health", "schema"
  };

  /** The vectors of one area (empty when the area is absent), file by file in name order. */
  public static List<Case> cases(Path root, String area) {
    List<Case> out = new ArrayList<>();
    Path dir = root.resolve(area);
    if (!Files.isDirectory(dir)) return out;
    if (area.equals("schema")) return schemaCases(dir);
    for (Path file : jsonFiles(dir)) {
      String label = area + "/" + file.getFileName();
      Object vectors;
      try {
        vectors = JsonReader.parse(Files.readString(file, StandardCharsets.UTF_8));
      } catch (IOException | IllegalArgumentException e) {
        vectors = null;
      }
      if (vectors instanceof Map) vectors = List.of(vectors); // a file may hold one vector
      if (!(vectors instanceof List)) {
        out.add(
            new Case(
                area,
                label,
                "<file>",
                () -> {
                  throw new Mismatch("neither a JSON array of vectors nor one vector object");
                }));
        continue;
      }
      List<?> list = (List<?>) vectors;
      for (int i = 0; i < list.size(); i++) {
        Object v = list.get(i);
        String name =
            v instanceof Map && ((Map<?, ?>) v).get("name") instanceof String
                ? (String) ((Map<?, ?>) v).get("name")
                : "#" + i;
        out.add(
            new Case(
                area,
                label,
                name,
                () -> {
                  if (!(v instanceof Map)) throw new Mismatch("malformed vector: not an object");
                  Map<String, Object> vec = obj(v);
                  switch (area) {
                    case "sse":
                      runSse(vec);
                      break;
                    case "ulid":
                      runUlid(vec);
                      break;
                    case "errors":
                      runErrors(vec);
                      break;
                    case "models":
                      runModels(vec);
                      break;
                    case "health":
                      runHealth(vec);
                      break;
                    default:
                      runExec(vec);
                      break;
                  }
                }));
      }
    }
    return out;
  }

  /** Runs every area found under root, printing the per-area lines to out. */
  public static Totals run(Path root, PrintStream out) {
    int passed = 0;
    int failed = 0;
    List<String> failures = new ArrayList<>();
    for (String area : AREAS) {
      if (!Files.isDirectory(root.resolve(area))) continue;
      int p = 0;
      int f = 0;
      List<String> lines = new ArrayList<>();
      for (Case c : cases(root, area)) {
        String why = c.failure();
        if (why == null) {
          p++;
        } else {
          f++;
          lines.add("  FAIL " + c.file() + ": " + c.name() + ": " + why);
        }
      }
      out.println("java " + area + ": " + p + " passed, " + f + " failed");
      for (String line : lines) out.println(line);
      passed += p;
      failed += f;
      failures.addAll(lines);
    }
    return new Totals(passed, failed, failures);
  }

  // ---- schema -------------------------------------------------------------

  /** A case whose outcome is already known: null passes, else it fails with that reason. */
  private static Case known(String file, String name, String why) {
    return new Case(
        "schema",
        file,
        name,
        () -> {
          if (why != null) throw new Mismatch(why);
        });
  }

  /**
   * README "schema": the JSON-Schema-Test-Suite files that schema/draft7.json claims. Each test of
   * a group not skipped is one case (it passes when tool_validate gives {"ok": valid}); a refused
   * schema, an unreadable file and a file whose count of passing tests differs from the claim's
   * "passed" are one failing case more. The validation runs here, while the cases are listed, since
   * a file's count check needs the outcome of all its tests; the cases then report it. The schema
   * and the data go to the core as the suite's own text (RawJson spans), so that no number passes
   * through Java's Double.
   */
  static List<Case> schemaCases(Path dir) {
    List<Case> out = new ArrayList<>();
    Map<String, Object> claim;
    try {
      claim =
          obj(
              JsonReader.parse(
                  Files.readString(dir.resolve("draft7.json"), StandardCharsets.UTF_8)));
      arr(claim.get("files"));
    } catch (IOException | IllegalArgumentException e) {
      out.add(known("schema/draft7.json", "<file>", "not a claim file: " + e.getMessage()));
      return out;
    }
    String env = System.getenv("COZE_SCHEMA_SUITE");
    Path suite =
        Path.of(
            env != null && !env.isEmpty()
                ? env
                : claim.get("suite") instanceof String ? (String) claim.get("suite") : "");
    for (Object fo : arr(claim.get("files"))) {
      Map<String, Object> f = obj(fo);
      String name = str(f.get("file"));
      String label = "schema/" + name;
      String text;
      List<?> groups;
      try {
        text = Files.readString(suite.resolve(name), StandardCharsets.UTF_8);
        groups = arr(JsonReader.parse(text));
      } catch (IOException | IllegalArgumentException e) {
        out.add(known(label, "<file>", "cannot read " + suite.resolve(name)));
        continue;
      }
      try {
        schemaFile(f, label, text, groups, out);
      } catch (RuntimeException e) {
        out.add(known(label, "<file>", "malformed: " + e));
      }
    }
    return out;
  }

  /** The cases of one claimed suite file (README "schema"), added to out. */
  private static void schemaFile(
      Map<String, Object> f, String label, String text, List<?> groups, List<Case> out) {
    RawJson raw = new RawJson(text);
    java.util.Set<String> skip = new java.util.HashSet<>();
    Object skipList = f.get("skip");
    if (skipList != null) for (Object s : arr(skipList)) skip.add(str(obj(s).get("group")));
    int passed = 0;
    List<Integer> groupStarts = raw.elements(raw.skipWs(0));
    for (int gi = 0; gi < groups.size(); gi++) {
      Map<String, Object> g = obj(groups.get(gi));
      String group = g.get("description") instanceof String ? (String) g.get("description") : "";
      if (skip.contains(group)) continue;
      int gStart = groupStarts.get(gi);
      String schema = raw.text(raw.member(gStart, "schema"));
      String why = Utf8.decode(cozecore_bridge.tool_schema_check(Utf8.encode(schema)));
      if (!why.isEmpty()) {
        out.add(known(label, group, "schema refused: " + why));
        continue;
      }
      List<?> tests = arr(g.get("tests"));
      List<Integer> testStarts = raw.elements(raw.member(gStart, "tests"));
      ToolSchema compiled = new ToolSchema(Utf8.encode(schema));
      try {
        for (int ti = 0; ti < tests.size(); ti++) {
          Map<String, Object> t = obj(tests.get(ti));
          boolean valid = (Boolean) t.get("valid");
          String data = raw.text(raw.member(testStarts.get(ti), "data"));
          String result = Utf8.decode(compiled.validate(Utf8.encode(data)));
          Object ok = obj(JsonReader.parse(result)).get("ok");
          boolean got = Boolean.TRUE.equals(ok);
          String testName =
              group
                  + ": "
                  + (t.get("description") instanceof String ? t.get("description") : "#" + ti);
          if (got == valid) {
            passed++;
            out.add(known(label, testName, null));
          } else {
            out.add(
                known(
                    label,
                    testName,
                    "expected " + (valid ? "valid" : "invalid") + ", got " + result));
          }
        }
      } finally {
        compiled.delete();
      }
    }
    if (!(f.get("passed") instanceof Number) || num(f.get("passed")) != passed) {
      out.add(
          known(
              label, "<claim>", passed + " tests passed, the claim says " + show(f.get("passed"))));
    }
  }

  /**
   * Spans of a JSON text, so that a value reaches the core as the text it was written as. The text
   * has already been parsed by JsonReader (so it is well-formed); this only walks it.
   */
  static final class RawJson {
    private final String s;

    RawJson(String s) {
      this.s = s;
    }

    int skipWs(int i) {
      while (i < s.length() && " \t\r\n".indexOf(s.charAt(i)) >= 0) i++;
      return i;
    }

    /** The end (exclusive) of the value starting at i (no leading whitespace). */
    int end(int i) {
      char c = s.charAt(i);
      if (c == '"') {
        for (i++; s.charAt(i) != '"'; i++) if (s.charAt(i) == '\\') i++;
        return i + 1;
      }
      if (c == '{' || c == '[') {
        int depth = 0;
        for (; ; i++) {
          char d = s.charAt(i);
          if (d == '"') {
            i = end(i) - 1;
          } else if (d == '{' || d == '[') {
            depth++;
          } else if ((d == '}' || d == ']') && --depth == 0) {
            return i + 1;
          }
        }
      }
      while (i < s.length() && ",]} \t\r\n".indexOf(s.charAt(i)) < 0) i++;
      return i;
    }

    String text(int start) {
      return s.substring(start, end(start));
    }

    /** The starts of the elements of the array at i. */
    List<Integer> elements(int i) {
      List<Integer> out = new ArrayList<>();
      i = skipWs(i + 1);
      if (s.charAt(i) == ']') return out;
      while (true) {
        out.add(i);
        i = skipWs(end(i));
        if (s.charAt(i) == ']') return out;
        i = skipWs(i + 1); // ','
      }
    }

    /** The start of member key's value in the object at i (the last one if repeated). */
    int member(int i, String key) {
      int found = -1;
      i = skipWs(i + 1);
      if (s.charAt(i) == '}') throw new IllegalArgumentException("no member " + key);
      while (true) {
        int keyEnd = end(i);
        String k = (String) JsonReader.parse(s.substring(i, keyEnd));
        int v = skipWs(skipWs(keyEnd) + 1); // ':'
        if (k.equals(key)) found = v;
        i = skipWs(end(v));
        if (s.charAt(i) == '}') break;
        i = skipWs(i + 1); // ','
      }
      if (found < 0) throw new IllegalArgumentException("no member " + key);
      return found;
    }
  }

  private static List<Path> jsonFiles(Path dir) {
    try (Stream<Path> s = Files.list(dir)) {
      return s.filter(p -> p.getFileName().toString().endsWith(".json") && Files.isRegularFile(p))
          .sorted()
          .toList();
    } catch (IOException e) {
      throw new Mismatch("cannot list " + dir + ": " + e.getMessage());
    }
  }

  // ---- helpers ------------------------------------------------------------

  @SuppressWarnings("unchecked")
  static Map<String, Object> obj(Object o) {
    if (!(o instanceof Map))
      throw new IllegalArgumentException("expected an object, got " + show(o));
    return (Map<String, Object>) o;
  }

  static List<?> arr(Object o) {
    if (!(o instanceof List))
      throw new IllegalArgumentException("expected an array, got " + show(o));
    return (List<?>) o;
  }

  static String str(Object o) {
    if (!(o instanceof String))
      throw new IllegalArgumentException("expected a string, got " + show(o));
    return (String) o;
  }

  static long num(Object o) {
    if (!(o instanceof Number))
      throw new IllegalArgumentException("expected a number, got " + show(o));
    return ((Number) o).longValue();
  }

  static String show(Object o) {
    String s;
    try {
      s = Json.write(o);
    } catch (IllegalArgumentException e) {
      s = String.valueOf(o);
    }
    return s.length() > 200 ? s.substring(0, 200) + "..." : s;
  }

  static Object parseOrString(String text) {
    try {
      return JsonReader.parse(text);
    } catch (JsonReader.ParseException e) {
      return text;
    }
  }

  /** README "subset"; returns null when it holds, else where it does not. */
  static String subset(Object expected, Object actual) {
    if (expected instanceof Map) {
      if (!(actual instanceof Map)) return ": expected an object, got " + show(actual);
      Map<?, ?> a = (Map<?, ?>) actual;
      for (Map.Entry<?, ?> e : ((Map<?, ?>) expected).entrySet()) {
        if (!a.containsKey(e.getKey())) return "." + e.getKey() + ": missing";
        String where = subset(e.getValue(), a.get(e.getKey()));
        if (where != null) return "." + e.getKey() + where;
      }
      return null;
    }
    if (expected instanceof List) {
      List<?> x = (List<?>) expected;
      if (!(actual instanceof List) || ((List<?>) actual).size() != x.size()) {
        return ": expected " + show(expected) + ", got " + show(actual);
      }
      List<?> a = (List<?>) actual;
      for (int i = 0; i < x.size(); i++) {
        String where = subset(x.get(i), a.get(i));
        if (where != null) return "[" + i + "]" + where;
      }
      return null;
    }
    boolean same;
    if (expected instanceof Number && actual instanceof Number) {
      same = JsonReader.numbersEqual((Number) expected, (Number) actual);
    } else if (expected == null) {
      same = actual == null;
    } else {
      same = expected.equals(actual);
    }
    return same ? null : ": expected " + show(expected) + ", got " + show(actual);
  }

  static void expectSubset(String what, Object expected, Object actual) {
    String where = subset(expected, actual);
    if (where != null) throw new Mismatch(what + where);
  }

  // ---- sse ----------------------------------------------------------------

  static void runSse(Map<String, Object> v) {
    List<byte[]> chunks = new ArrayList<>();
    if (v.containsKey("input_b64")) {
      for (Object c : arr(v.get("input_b64"))) chunks.add(Base64.getMimeDecoder().decode(str(c)));
    } else {
      for (Object c : arr(v.get("input"))) chunks.add(Utf8.encode(str(c)));
    }
    Object config = v.get("config");
    Long maxEventBytes =
        config instanceof Map && obj(config).containsKey("max_event_bytes")
            ? num(obj(config).get("max_event_bytes"))
            : null;
    Object expectedEvents = arr(v.get("events"));
    for (int pass = 0; pass < 2; pass++) {
      String mode = pass == 0 ? "chunked" : "byte by byte";
      SseConfig cfg = new SseConfig();
      if (maxEventBytes != null) cfg.setMax_event_bytes(maxEventBytes);
      SseParser parser = new SseParser(cfg);
      cfg.delete();
      try {
        for (byte[] chunk : chunks) {
          if (pass == 0) {
            parser.feed(chunk);
          } else {
            for (byte b : chunk) parser.feed(new byte[] {b});
          }
        }
        parser.finish();
        List<Object> events = new ArrayList<>();
        SseEventVector ev = parser.take_events();
        for (int i = 0; i < ev.size(); i++) {
          SseEvent e = ev.get(i);
          Map<String, Object> m = new LinkedHashMap<>();
          m.put("type", Utf8.decode(e.getType()));
          m.put("data", Utf8.decode(e.getData()));
          m.put("id", Utf8.decode(e.getId()));
          events.add(m);
        }
        ev.delete();
        if (!events.equals(expectedEvents)) {
          throw new Mismatch(
              mode + ": events: expected " + show(expectedEvents) + ", got " + show(events));
        }
        if (v.containsKey("retry_ms") && parser.retry_ms() != num(v.get("retry_ms"))) {
          throw new Mismatch(
              mode
                  + ": retry_ms: expected "
                  + show(v.get("retry_ms"))
                  + ", got "
                  + parser.retry_ms());
        }
        String wantError = v.containsKey("error") ? str(v.get("error")) : "";
        String error = Utf8.decode(parser.error());
        if (!error.equals(wantError)) {
          throw new Mismatch(
              mode + ": error: expected \"" + wantError + "\", got \"" + error + "\"");
        }
      } finally {
        parser.delete();
      }
    }
  }

  // ---- ulid ---------------------------------------------------------------

  static void checkUlid(UlidResult r, Map<String, Object> v, Runnable checkOk) {
    boolean ok = r.getOk();
    String error = Utf8.decode(r.getError());
    if (v.containsKey("error")) {
      String want = str(v.get("error"));
      if (ok || !error.equals(want)) {
        throw new Mismatch(
            "expected error "
                + want
                + ", got "
                + (ok ? "ok " + Utf8.decode(r.getText()) : "error " + error));
      }
      return;
    }
    if (!ok) throw new Mismatch("unexpected error " + error);
    checkOk.run();
  }

  static void runUlid(Map<String, Object> v) {
    if (v.containsKey("encode")) {
      Map<String, Object> in = obj(v.get("encode"));
      UlidResult r =
          cozecore_bridge.ulid_encode(
              num(in.get("timestamp_ms")), Utf8.encode(str(in.get("randomness_hex"))));
      try {
        checkUlid(
            r,
            v,
            () -> {
              String want = str(v.get("expect"));
              String got = Utf8.decode(r.getText());
              if (!got.equals(want)) throw new Mismatch("expected " + want + ", got " + got);
            });
      } finally {
        r.delete();
      }
    } else if (v.containsKey("decode")) {
      UlidResult r = cozecore_bridge.ulid_decode(Utf8.encode(str(v.get("decode"))));
      try {
        checkUlid(
            r,
            v,
            () -> {
              Map<String, Object> want = obj(v.get("expect"));
              long ts = num(want.get("timestamp_ms"));
              String hex = str(want.get("randomness_hex")).toLowerCase(Locale.ROOT);
              String gotHex = Utf8.decode(r.getRandomness_hex());
              if (r.getTimestamp_ms() != ts || !gotHex.equals(hex)) {
                throw new Mismatch(
                    "expected " + ts + "/" + hex + ", got " + r.getTimestamp_ms() + "/" + gotHex);
              }
            });
      } finally {
        r.delete();
      }
    } else if (v.containsKey("monotonic")) {
      UlidFactory factory = new UlidFactory();
      try {
        List<?> steps = arr(v.get("monotonic"));
        List<?> expect = arr(v.get("expect"));
        if (expect.size() != steps.size())
          throw new Mismatch("expect and monotonic differ in length");
        for (int i = 0; i < steps.size(); i++) {
          Map<String, Object> s = obj(steps.get(i));
          UlidResult r =
              factory.next(num(s.get("timestamp_ms")), Utf8.encode(str(s.get("randomness_hex"))));
          String got = r.getOk() ? Utf8.decode(r.getText()) : "error:" + Utf8.decode(r.getError());
          r.delete();
          String want = str(expect.get(i));
          if (!got.equals(want))
            throw new Mismatch("step " + i + ": expected " + want + ", got " + got);
        }
      } finally {
        factory.delete();
      }
    } else {
      throw new Mismatch("vector has none of encode, decode, monotonic");
    }
  }

  // ---- models -------------------------------------------------------------

  /**
   * One answer through the public typed API: {@code Models.parse} (which is {@code
   * Chat.parse(text)} and so on), the result view of a whole answer, or the generated event view of
   * one stream event; its canonical view must equal {@code expect} exactly (numbers by value), or
   * the decoding must fail with the error kind {@code error}.
   */
  static void runModels(Map<String, Object> v) {
    Object actual;
    try {
      if (v.containsKey("model")) {
        actual = Models.parse(str(v.get("model")), str(v.get("payload"))).toMap();
      } else if (v.containsKey("event")) {
        String op = str(v.get("op"));
        CoreRecord r = Decoding.event(op, str(v.get("event")), str(v.get("payload")));
        int batch = r.a(CoreRecord.ROOT);
        if (r.tag(CoreRecord.ROOT) != CoreRecord.ARRAY || r.b(CoreRecord.ROOT) != 1) {
          throw new Mismatch("decode_event did not give a one-event batch");
        }
        StreamEvent e = Operations.event(op, r, r.a(CoreRecord.itemCell(batch, 0)));
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("type", e.type());
        m.put("data", canonical(e.data()));
        actual = m;
      } else if (v.containsKey("op")) {
        CoreRecord r =
            Decoding.response(str(v.get("op")), (int) num(v.get("status")), str(v.get("body")));
        actual = canonical(Cells.TYPED.read(r, CoreRecord.ROOT));
      } else {
        throw new Mismatch("vector has none of model, op");
      }
    } catch (CozeException e) {
      if (v.containsKey("error")) {
        if (!e.kind().equals(str(v.get("error")))) {
          throw new Mismatch(
              "expected error " + v.get("error") + ", got " + e.kind() + ": " + e.getMessage());
        }
        return;
      }
      throw new Mismatch("unexpected error " + e.kind() + ": " + e.getMessage());
    }
    if (v.containsKey("error"))
      throw new Mismatch("expected error " + v.get("error") + ", got " + show(actual));
    String where = exact(v.get("expect"), actual);
    if (where != null) throw new Mismatch("view" + where + " (whole view: " + show(actual) + ")");
  }

  /** A typed value as its canonical plain form: views by toMap(), lists item by item. */
  static Object canonical(Object typed) {
    if (typed instanceof ModelView) return ((ModelView) typed).toMap();
    if (typed instanceof List) {
      List<Object> out = new ArrayList<>();
      for (Object o : (List<?>) typed) out.add(canonical(o));
      return out;
    }
    return typed;
  }

  /**
   * Exact equality of two plain JSON values (numbers by value); null when equal, else where they
   * differ.
   */
  static String exact(Object expected, Object actual) {
    if (expected instanceof Map) {
      if (!(actual instanceof Map)) return ": expected " + show(expected) + ", got " + show(actual);
      Map<?, ?> x = (Map<?, ?>) expected;
      Map<?, ?> a = (Map<?, ?>) actual;
      for (Object k : a.keySet()) {
        if (!x.containsKey(k)) return "." + k + ": unexpected, got " + show(a.get(k));
      }
      for (Map.Entry<?, ?> e : x.entrySet()) {
        if (!a.containsKey(e.getKey())) return "." + e.getKey() + ": missing";
        String where = exact(e.getValue(), a.get(e.getKey()));
        if (where != null) return "." + e.getKey() + where;
      }
      return null;
    }
    if (expected instanceof List) {
      if (!(actual instanceof List) || ((List<?>) actual).size() != ((List<?>) expected).size()) {
        return ": expected " + show(expected) + ", got " + show(actual);
      }
      for (int i = 0; i < ((List<?>) expected).size(); i++) {
        String where = exact(((List<?>) expected).get(i), ((List<?>) actual).get(i));
        if (where != null) return "[" + i + "]" + where;
      }
      return null;
    }
    return subset(expected, actual);
  }

  // ---- errors -------------------------------------------------------------

  /** The exception class of each kind, written out apart from CozeException's own switch. */
  static final Map<String, Class<? extends CozeException>> ERROR_CLASSES =
      Map.ofEntries(
          Map.entry("bad_request", BadRequestException.class),
          Map.entry("authentication", AuthenticationException.class),
          Map.entry("permission_denied", PermissionDeniedException.class),
          Map.entry("not_found", NotFoundException.class),
          Map.entry("conflict", ConflictException.class),
          Map.entry("unprocessable", UnprocessableException.class),
          Map.entry("rate_limited", RateLimitException.class),
          Map.entry("server", ServerException.class),
          Map.entry("gateway", GatewayException.class),
          Map.entry("timeout", TimeoutException.class),
          Map.entry("connection", ConnectionException.class),
          Map.entry("cancelled", CancelledException.class),
          Map.entry("decode", DecodeException.class),
          Map.entry("stream", StreamException.class),
          Map.entry("api", ApiException.class),
          Map.entry("invalid_argument", InvalidArgumentException.class),
          Map.entry("internal", InternalException.class),
          Map.entry("circuit_open", CircuitOpenException.class),
          Map.entry("tool", ToolException.class));

  static final List<String> ERROR_FIELDS =
      List.of(
          "kind",
          "retryable",
          "http_status",
          "code",
          "message",
          "logid",
          "retry_after_ms",
          "hint",
          "error_code",
          "body",
          "attempts",
          "request_id",
          "history",
          "severity");

  /** The vector's answer body: {@code body}, or {@code body_repeat} expanded. */
  static byte[] answerBody(Map<String, Object> response) {
    Object repeat = response.get("body_repeat");
    if (repeat == null) {
      Object body = response.get("body");
      return Utf8.encode(body == null ? "" : str(body));
    }
    Map<String, Object> r = obj(repeat);
    long times = num(r.get("times"));
    if (times < 0 || times > 100_000_000L) {
      throw new Mismatch("malformed vector: body_repeat.times out of range");
    }
    String before = r.containsKey("before") ? str(r.get("before")) : "";
    String after = r.containsKey("after") ? str(r.get("after")) : "";
    return Utf8.encode(before + str(r.get("text")).repeat((int) times) + after);
  }

  /** The UTF-8 size of a field, after checking that it decodes (no cut character). */
  static int utf8Size(String text, String what) {
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    try {
      StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(java.nio.charset.CodingErrorAction.REPORT)
          .decode(java.nio.ByteBuffer.wrap(bytes));
    } catch (java.nio.charset.CharacterCodingException e) {
      throw new Mismatch(what + ": not valid UTF-8");
    }
    if (text.indexOf('\uFFFD') >= 0) throw new Mismatch(what + ": holds a replacement character");
    return bytes.length;
  }

  /**
   * One HTTP answer through the core's answer_error (the real executor), turned into the exception
   * a failed call throws by {@code CallDriver.toException}; its class, string form and fields are
   * compared with {@code expect}.
   */
  static void runErrors(Map<String, Object> v) {
    Map<String, Object> request =
        v.containsKey("request") ? obj(v.get("request")) : new LinkedHashMap<>();
    Map<String, Object> response = obj(v.get("response"));
    HeaderVector headers = new HeaderVector();
    CoreError err = null;
    CozeException ex;
    try {
      if (response.containsKey("headers")) {
        for (Map.Entry<String, Object> h : obj(response.get("headers")).entrySet()) {
          Header header = new Header();
          header.setName(Utf8.encode(h.getKey()));
          Object value = h.getValue();
          header.setValue(
              Utf8.encode(value instanceof String ? (String) value : Json.write(value)));
          headers.add(header);
          header.delete();
        }
      }
      err =
          cozecore_bridge.answer_error(
              Utf8.encode(request.containsKey("method") ? str(request.get("method")) : "POST"),
              Boolean.TRUE.equals(request.get("stream")),
              (int) num(response.get("status")),
              headers,
              answerBody(response),
              v.containsKey("wall_ms") ? num(v.get("wall_ms")) : -1);
      ex =
          Utf8.decode(err.getKind()).isEmpty()
              ? null
              : io.cozecore.internal.CallDriver.toException(err);
    } finally {
      if (err != null) err.delete();
      headers.delete();
    }
    Map<String, Object> want = obj(v.get("expect"));
    if (ex == null) {
      if (!"".equals(want.get("kind"))) {
        throw new Mismatch(
            "expected kind "
                + (want.containsKey("kind") ? show(want.get("kind")) : "(any error)")
                + ", the answer was a success");
      }
      return;
    }
    Class<? extends CozeException> cls = ERROR_CLASSES.get(ex.kind());
    if (cls == null || ex.getClass() != cls) {
      throw new Mismatch(
          "kind "
              + ex.kind()
              + " thrown as "
              + ex.getClass().getSimpleName()
              + ", expected "
              + cls);
    }
    String text = ex.hint().isEmpty() ? ex.message() : ex.message() + " (" + ex.hint() + ")";
    if (!text.equals(ex.getMessage())) {
      throw new Mismatch("getMessage(): expected " + show(text) + ", got " + show(ex.getMessage()));
    }
    Map<String, Object> actual = new LinkedHashMap<>();
    actual.put("kind", ex.kind());
    actual.put("retryable", ex.retryable());
    actual.put("http_status", (long) ex.httpStatus());
    actual.put("code", ex.code());
    actual.put("message", ex.message());
    actual.put("logid", ex.logid());
    actual.put("retry_after_ms", ex.retryAfterMs());
    actual.put("hint", ex.hint());
    actual.put("error_code", ex.errorCode());
    actual.put("body", ex.body());
    actual.put("attempts", (long) ex.attempts());
    actual.put("request_id", ex.requestId());
    actual.put("severity", ex.severity());
    List<Object> history = new ArrayList<>();
    for (Attempt a : ex.history()) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("number", (long) a.number());
      m.put("outcome", a.outcome());
      m.put("kind", a.kind());
      m.put("duration_ms", a.durationMs());
      m.put("delay_ms", a.delayMs());
      m.put("idempotency_key", a.idempotencyKey());
      m.put("request_id", a.requestId());
      history.add(m);
    }
    actual.put("history", history);
    Map<String, Object> plain = new LinkedHashMap<>();
    for (Map.Entry<String, Object> e : want.entrySet()) {
      String key = e.getKey();
      if (key.equals("message_contains") || key.equals("hint_contains")) {
        String field = key.equals("hint_contains") ? "hint" : "message";
        String have = (String) actual.get(field);
        if (!have.contains(str(e.getValue()))) {
          throw new Mismatch(
              "error."
                  + field
                  + ": expected to contain "
                  + show(e.getValue())
                  + ", got "
                  + show(have));
        }
      } else if (key.equals("message_max_bytes") || key.equals("body_max_bytes")) {
        String field = key.equals("body_max_bytes") ? "body" : "message";
        int size = utf8Size((String) actual.get(field), "error." + field);
        if (size > num(e.getValue())) {
          throw new Mismatch(
              "error." + field + ": " + size + " bytes, more than " + show(e.getValue()));
        }
      } else if (ERROR_FIELDS.contains(key)) {
        plain.put(key, e.getValue());
      } else {
        throw new Mismatch("malformed vector: unknown expect key " + key);
      }
    }
    expectSubset("error", plain, actual);
  }

  // ---- exec ---------------------------------------------------------------

  /** One item of the feed queue. */
  private record Feed(
      int kind, int status, List<String[]> headers, byte[] bytes, String errorKind) {
    static final int HEAD = 0;
    static final int CHUNK = 1;
    static final int END = 2;
    static final int TRANSPORT_ERROR = 3;
  }

  static String kindName(ActionKind k) {
    if (k == ActionKind.Send) return "send";
    if (k == ActionKind.Wait) return "wait";
    if (k == ActionKind.Sleep) return "sleep";
    if (k == ActionKind.Event) return "event";
    if (k == ActionKind.Done) return "done";
    if (k == ActionKind.Sign) return "sign";
    if (k == ActionKind.Bytes) return "bytes";
    if (k == ActionKind.Tools) return "tools";
    return "fail";
  }

  /** The error's fields as the core's error_json writes them (history included). */
  static Map<String, Object> errorJson(CoreError e) {
    return obj(JsonReader.parse(Utf8.decode(cozecore_bridge.error_json(e))));
  }

  static String describe(Action a) {
    ActionKind k = a.getKind();
    if (k == ActionKind.Send) {
      return "send "
          + Utf8.decode(a.getRequest().getMethod())
          + " "
          + Utf8.decode(a.getRequest().getUrl());
    }
    if (k == ActionKind.Sleep) return "sleep " + a.getDelay_ms();
    if (k == ActionKind.Event) return "event " + Utf8.decode(a.getEvent().getType());
    if (k == ActionKind.Fail) return "fail " + show(errorJson(a.getError()));
    return kindName(k);
  }

  private static int hexValue(int c) {
    return Character.digit(c, 16);
  }

  /** Percent-decoding of a query component ({@code +} is a space), bytes as UTF-8. */
  static String urlDecode(String s) {
    byte[] in = Utf8.encode(s);
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    for (int i = 0; i < in.length; i++) {
      int c = in[i] & 0xff;
      if (c == '%' && i + 2 < in.length && hexValue(in[i + 1]) >= 0 && hexValue(in[i + 2]) >= 0) {
        out.write(hexValue(in[i + 1]) * 16 + hexValue(in[i + 2]));
        i += 2;
      } else if (c == '+') {
        out.write(' ');
      } else {
        out.write(c);
      }
    }
    return new String(out.toByteArray(), StandardCharsets.UTF_8);
  }

  /** The URL's path (raw) and its decoded query pairs, in order. */
  record ParsedUrl(String path, List<String[]> query) {}

  static ParsedUrl parseUrl(String url) {
    String rest = url;
    int scheme = rest.indexOf("://");
    if (scheme >= 0) {
      int slash = -1;
      for (int i = scheme + 3; i < rest.length(); i++) {
        char c = rest.charAt(i);
        if (c == '/' || c == '?' || c == '#') {
          slash = i;
          break;
        }
      }
      rest = slash < 0 ? "" : rest.substring(slash);
    }
    int hash = rest.indexOf('#');
    if (hash >= 0) rest = rest.substring(0, hash);
    int q = rest.indexOf('?');
    String path = q < 0 ? rest : rest.substring(0, q);
    if (path.isEmpty()) path = "/";
    List<String[]> query = new ArrayList<>();
    if (q >= 0) {
      for (String pair : rest.substring(q + 1).split("&", -1)) {
        if (pair.isEmpty()) continue;
        int eq = pair.indexOf('=');
        if (eq < 0) {
          query.add(new String[] {urlDecode(pair), ""});
        } else {
          query.add(
              new String[] {urlDecode(pair.substring(0, eq)), urlDecode(pair.substring(eq + 1))});
        }
      }
    }
    return new ParsedUrl(path, query);
  }

  static void matchSend(HttpRequest req, Map<String, Object> want) {
    String method = Utf8.decode(req.getMethod());
    String url = Utf8.decode(req.getUrl());
    if (want.containsKey("method") && !method.equals(str(want.get("method")))) {
      throw new Mismatch("send: method: expected " + want.get("method") + ", got " + method);
    }
    ParsedUrl u = parseUrl(url);
    if (want.containsKey("path") && !u.path().equals(str(want.get("path")))) {
      throw new Mismatch("send: path: expected " + want.get("path") + ", got " + u.path());
    }
    if (want.containsKey("query")) {
      for (Map.Entry<String, Object> e : obj(want.get("query")).entrySet()) {
        String[] found = null;
        for (String[] kv : u.query()) {
          if (kv[0].equals(e.getKey())) {
            found = kv;
            break;
          }
        }
        if (e.getValue() == null) {
          if (found != null)
            throw new Mismatch("send: query " + e.getKey() + ": expected absent, got " + found[1]);
          continue;
        }
        if (found == null) throw new Mismatch("send: query " + e.getKey() + ": missing in " + url);
        String expected =
            e.getValue() instanceof String ? (String) e.getValue() : Json.write(e.getValue());
        if (!found[1].equals(expected)) {
          throw new Mismatch(
              "send: query " + e.getKey() + ": expected " + expected + ", got " + found[1]);
        }
      }
    }
    if (want.containsKey("headers")) {
      HeaderVector hv = req.getHeaders();
      for (Map.Entry<String, Object> e : obj(want.get("headers")).entrySet()) {
        String found = null;
        for (int i = 0; i < hv.size(); i++) {
          Header h = hv.get(i);
          if (Utf8.decode(h.getName()).equalsIgnoreCase(e.getKey())) {
            found = Utf8.decode(h.getValue());
            break;
          }
        }
        if (e.getValue() == null) {
          if (found != null) throw new Mismatch("send: header " + e.getKey() + ": expected absent");
          continue;
        }
        if (found == null) throw new Mismatch("send: header " + e.getKey() + ": missing");
        if (!found.equals(str(e.getValue()))) {
          boolean secret = e.getKey().equalsIgnoreCase("authorization");
          throw new Mismatch(
              "send: header "
                  + e.getKey()
                  + ": expected "
                  + (secret ? "<redacted>" : e.getValue())
                  + ", got "
                  + (secret ? "<another value>" : found));
        }
      }
    }
    String body = Utf8.decode(req.getBody());
    if (want.containsKey("json")) {
      Object parsed;
      try {
        parsed = JsonReader.parse(body);
      } catch (JsonReader.ParseException e) {
        throw new Mismatch("send: body is not JSON: " + show(body));
      }
      expectSubset("send: json", want.get("json"), parsed);
    }
    if (want.containsKey("json_absent")) {
      Object parsed;
      try {
        parsed = JsonReader.parse(body.isEmpty() ? "{}" : body);
      } catch (JsonReader.ParseException e) {
        throw new Mismatch("send: body is not JSON: " + show(body));
      }
      for (Object key : (List<?>) want.get("json_absent")) {
        if (parsed instanceof Map && ((Map<?, ?>) parsed).containsKey(key)) {
          throw new Mismatch("send: json: key " + key + " must be absent");
        }
      }
    }
    if (want.containsKey("body") && !body.equals(str(want.get("body")))) {
      throw new Mismatch("send: body: expected " + show(want.get("body")) + ", got " + show(body));
    }
    if (want.containsKey("sources")) {
      List<Object> actual = new ArrayList<>();
      for (int i = 0, n = cozecore_bridge.coze_java_source_count(req); i < n; i++) {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("offset", cozecore_bridge.coze_java_source_offset(req, i));
        s.put("id", Utf8.decode(cozecore_bridge.coze_java_source_id(req, i)));
        s.put("size", cozecore_bridge.coze_java_source_size(req, i));
        actual.add(s);
      }
      String where = exact(want.get("sources"), actual);
      if (where != null) {
        throw new Mismatch(
            "send: sources"
                + where
                + " (expected "
                + show(want.get("sources"))
                + ", got "
                + show(actual)
                + ")");
      }
    }
    if (want.containsKey("body_size") && req.getBody_size() != num(want.get("body_size"))) {
      throw new Mismatch(
          "send: body_size: expected "
              + show(want.get("body_size"))
              + ", got "
              + req.getBody_size());
    }
  }

  static void runExec(Map<String, Object> v) {
    ClientConfig config = new ClientConfig();
    Client client;
    try {
      if (v.containsKey("client")) {
        String err = Utf8.decode(config.apply_json(Utf8.encode(Json.write(v.get("client")))));
        if (!err.isEmpty()) throw new Mismatch("client: " + err);
      }
      client = new Client(config);
    } finally {
      config.delete();
    }
    Map<String, Object> spec = obj(v.get("call"));
    Object params = spec.containsKey("params") ? spec.get("params") : new LinkedHashMap<>();
    CallOptions options = new CallOptions();
    Call call;
    try {
      if (v.containsKey("wall_ms")) {
        options.setWall_ms(((Number) v.get("wall_ms")).longValue());
      }
      if (spec.containsKey("options")) {
        String err = Utf8.decode(options.apply_json(Utf8.encode(Json.write(spec.get("options")))));
        if (!err.isEmpty()) {
          client.delete();
          throw new Mismatch("call: " + err);
        }
      }
      call =
          new Call(
              client, Utf8.encode(str(spec.get("op"))), Utf8.encode(Json.write(params)), options);
    } finally {
      options.delete();
    }
    try {
      List<Object> hooks = runSteps(call, arr(v.get("steps")));
      if (v.containsKey("hooks")) {
        String where = subset(v.get("hooks"), hooks);
        if (where != null)
          throw new Mismatch("hooks" + where + " (all hooks: " + Json.write(hooks) + ")");
      }
    } finally {
      call.delete();
      client.delete();
    }
  }

  /** call.next(now), then the hook events it recorded appended to hooks. */
  private static Action next(Call call, long now, List<Object> hooks) {
    Action a = call.next(now);
    HookEventVector taken = call.take_hooks();
    try {
      for (int i = 0; i < taken.size(); i++) {
        hooks.add(JsonReader.parse(Utf8.decode(cozecore_bridge.hook_event_json(taken.get(i)))));
      }
    } finally {
      taken.delete();
    }
    return a;
  }

  private static void feedOne(Call call, Deque<Feed> queue) {
    Feed f = queue.removeFirst();
    switch (f.kind()) {
      case Feed.HEAD:
        {
          HeaderVector hv = new HeaderVector();
          for (String[] h : f.headers()) {
            Header header = new Header();
            header.setName(Utf8.encode(h[0]));
            header.setValue(Utf8.encode(h[1]));
            hv.add(header);
            header.delete();
          }
          call.on_response(f.status(), hv);
          hv.delete();
          break;
        }
      case Feed.CHUNK:
        call.on_body(f.bytes());
        break;
      case Feed.END:
        call.on_end();
        break;
      default:
        call.on_transport_error(
            Utf8.encode(f.errorKind()), Utf8.encode("transport error (" + f.errorKind() + ")"));
        break;
    }
  }

  /** Runs the steps; returns every hook event, in order. */
  private static List<Object> runSteps(Call call, List<?> steps) {
    long now = 0;
    Deque<Feed> queue = new ArrayDeque<>();
    List<Object> hooks = new ArrayList<>();
    for (int i = 0; i < steps.size(); i++) {
      Map<String, Object> step = obj(steps.get(i));
      String at = "step " + i + ": ";
      if (step.containsKey("respond")) {
        Map<String, Object> r = obj(step.get("respond"));
        if (r.containsKey("transport_error")) {
          queue.addLast(
              new Feed(Feed.TRANSPORT_ERROR, 0, null, null, str(r.get("transport_error"))));
          continue;
        }
        List<String[]> headers = new ArrayList<>();
        if (r.containsKey("headers")) {
          for (Map.Entry<String, Object> h : obj(r.get("headers")).entrySet()) {
            Object val = h.getValue();
            headers.add(
                new String[] {h.getKey(), val instanceof String ? (String) val : Json.write(val)});
          }
        }
        int status = r.containsKey("status") ? (int) num(r.get("status")) : 200;
        queue.addLast(new Feed(Feed.HEAD, status, headers, null, null));
        if (r.containsKey("chunks")) {
          for (Object c : arr(r.get("chunks")))
            queue.addLast(new Feed(Feed.CHUNK, 0, null, Utf8.encode(str(c)), null));
        } else if (r.containsKey("body")) {
          String body = str(r.get("body"));
          if (!body.isEmpty())
            queue.addLast(new Feed(Feed.CHUNK, 0, null, Utf8.encode(body), null));
        }
        Object then = r.get("then");
        if ("reset".equals(then)) {
          queue.addLast(new Feed(Feed.TRANSPORT_ERROR, 0, null, null, "reset"));
        } else if (!"stall".equals(then)) {
          // ("stall": nothing follows the chunks; only the clock can end that answer)
          queue.addLast(new Feed(Feed.END, 0, null, null, null));
        }
        continue;
      }
      if (step.containsKey("cancel")) {
        if (Boolean.TRUE.equals(step.get("cancel"))) call.cancel();
        continue;
      }
      if (step.containsKey("sign")) { // the host's RS256 signature, base64
        call.on_signature(Base64.getDecoder().decode(str(step.get("sign"))));
        continue;
      }
      if (step.containsKey("sign_error")) {
        call.on_sign_error(Utf8.encode(str(step.get("sign_error"))));
        continue;
      }
      if (step.containsKey("tool_output")) { // a local tool's output, as its function returned it
        Map<String, Object> to = obj(step.get("tool_output"));
        call.on_tool_output(Utf8.encode(str(to.get("id"))), Utf8.encode(str(to.get("output"))));
        continue;
      }
      if (step.containsKey("tool_error")) { // a local tool's function failed
        Map<String, Object> te = obj(step.get("tool_error"));
        call.on_tool_error(Utf8.encode(str(te.get("id"))), Utf8.encode(str(te.get("message"))));
        continue;
      }
      if (step.containsKey("sent")) { // upload progress: bytes of the body sent so far
        call.on_body_sent(num(step.get("sent")));
        continue;
      }
      if (step.containsKey("source_error")) { // the host could not read an upload's source
        Map<String, Object> se = obj(step.get("source_error"));
        call.on_source_error(
            Utf8.encode(str(se.get("source"))), Utf8.encode(str(se.get("message"))));
        continue;
      }
      if (step.containsKey("advance_ms")) {
        // Everything queued arrives first, at the current time; then the clock moves.
        for (; ; ) {
          Action a = next(call, now, hooks);
          try {
            if (a.getKind() != ActionKind.Wait) {
              throw new Mismatch(
                  at + "advance_ms: expected WAIT while feeding, got " + describe(a));
            }
          } finally {
            a.delete();
          }
          if (queue.isEmpty()) break;
          feedOne(call, queue);
        }
        now += num(step.get("advance_ms"));
        continue;
      }
      if (!step.containsKey("expect")) throw new Mismatch(at + "unknown step " + show(step));

      String want = str(step.get("expect"));
      Action a = next(call, now, hooks);
      while (a.getKind() == ActionKind.Wait) {
        a.delete();
        if (queue.isEmpty())
          throw new Mismatch(at + "WAIT with nothing left to feed (expected " + want + ")");
        feedOne(call, queue);
        a = next(call, now, hooks);
      }
      try {
        if (!want.equals(kindName(a.getKind())))
          throw new Mismatch(at + "expected " + want + ", got " + describe(a));
        try {
          now += check(want, step, a, call);
        } catch (Mismatch m) {
          throw new Mismatch(at + m.getMessage());
        }
      } finally {
        a.delete();
      }
    }
    // Input still queued once the call has ended is dropped, as a host closes the response.
    if (!queue.isEmpty() && !call.finished()) {
      throw new Mismatch("feed queue not empty after the last step (" + queue.size() + " left)");
    }
    return hooks;
  }

  /** One base64url part of a JWT's signing input, parsed as JSON. */
  private static Object jwtPart(String part) {
    try {
      return JsonReader.parse(Utf8.decode(Base64.getUrlDecoder().decode(part)));
    } catch (IllegalArgumentException e) {
      throw new Mismatch("sign: a part of the input is not base64url JSON: " + show(part));
    }
  }

  /** Checks one non-WAIT action against its expect step; returns the time slept. */
  private static long check(String want, Map<String, Object> step, Action a, Call call) {
    switch (want) {
      case "send":
        if (step.containsKey("request")) matchSend(a.getRequest(), obj(step.get("request")));
        return 0;
      case "sleep":
        {
          long delay = a.getDelay_ms();
          if (step.containsKey("min_ms") && delay < num(step.get("min_ms"))) {
            throw new Mismatch("sleep " + delay + " < min_ms " + show(step.get("min_ms")));
          }
          if (step.containsKey("max_ms") && delay > num(step.get("max_ms"))) {
            throw new Mismatch("sleep " + delay + " > max_ms " + show(step.get("max_ms")));
          }
          return delay;
        }
      case "sign":
        if (step.containsKey("jwt")) {
          // sign_input is header.claims, each base64url JSON
          String input = Utf8.decode(a.getSign_input());
          int dot = input.indexOf('.');
          if (dot < 0) throw new Mismatch("sign: input is not header.claims: " + show(input));
          Map<String, Object> actual = new LinkedHashMap<>();
          actual.put("header", jwtPart(input.substring(0, dot)));
          actual.put("claims", jwtPart(input.substring(dot + 1)));
          expectSubset("jwt", step.get("jwt"), actual);
        }
        return 0;
      case "tools":
        if (step.containsKey("calls")) {
          expectSubset(
              "tool calls", step.get("calls"), JsonReader.parse(Utf8.decode(a.getTool_calls())));
        }
        return 0;
      case "event":
        if (step.containsKey("event")) {
          Map<String, Object> actual = new LinkedHashMap<>();
          actual.put("type", Utf8.decode(a.getEvent().getType()));
          actual.put("data", parseOrString(Utf8.decode(a.getEvent().getData())));
          expectSubset("event", step.get("event"), actual);
        }
        return 0;
      case "bytes":
        {
          byte[] expected =
              step.containsKey("body_b64")
                  ? Base64.getDecoder().decode(str(step.get("body_b64")))
                  : Utf8.encode(step.containsKey("body") ? str(step.get("body")) : "");
          byte[] got = a.getBytes();
          if (!Arrays.equals(expected, got)) {
            throw new Mismatch(
                "bytes: expected "
                    + Base64.getEncoder().encodeToString(expected)
                    + " (base64), got "
                    + Base64.getEncoder().encodeToString(got));
          }
          if (step.containsKey("content_type")) {
            String ct = Utf8.decode(call.content_type());
            if (!ct.equals(str(step.get("content_type")))) {
              throw new Mismatch(
                  "bytes: content_type: expected "
                      + show(step.get("content_type"))
                      + ", got "
                      + ct);
            }
          }
          return 0;
        }
      case "done":
        if (step.containsKey("result")) {
          expectSubset("result", step.get("result"), parseOrString(Utf8.decode(a.getResult())));
        }
        return 0;
      case "fail":
        if (step.containsKey("error")) {
          Map<String, Object> actual = errorJson(a.getError());
          Object expected = step.get("error");
          if (expected instanceof Map && obj(expected).containsKey("message_contains")) {
            Map<String, Object> copy = new LinkedHashMap<>(obj(expected));
            String needle = str(copy.remove("message_contains"));
            String message = (String) actual.get("message");
            if (!message.contains(needle)) {
              throw new Mismatch(
                  "error.message: expected to contain " + show(needle) + ", got " + show(message));
            }
            expected = copy;
          }
          expectSubset("error", expected, actual);
        }
        return 0;
      default:
        throw new Mismatch("unknown expect " + want);
    }
  }

  // ---- health -------------------------------------------------------------

  /**
   * Many calls of one client on the virtual clock (tests/vectors/README.md "health"): the moving
   * error rate, spikes, the circuit breaker and severity, through {@code Client.health_json} read
   * back as the generated {@link io.cozecore.model.ClientHealth} view, as {@link
   * CozeClient#health()} does.
   */
  static void runHealth(Map<String, Object> v) {
    ClientConfig config = new ClientConfig();
    Client client;
    try {
      String err =
          Utf8.decode(
              config.apply_json(
                  Utf8.encode(
                      Json.write(
                          v.containsKey("client") ? v.get("client") : new LinkedHashMap<>()))));
      if (v.containsKey("client_error")) {
        String needle = str(v.get("client_error"));
        if (!err.contains(needle)) {
          throw new Mismatch(
              "client config: expected an error naming " + needle + ", got " + show(err));
        }
        return;
      }
      if (!err.isEmpty()) throw new Mismatch("client: " + err);
      client = new Client(config);
    } finally {
      config.delete();
    }
    try {
      List<Object> hooks = new ArrayList<>(); // every hook event, in order
      List<Object> healthHooks = new ArrayList<>(); // health_changed since the last "hooks" step
      long now = 0;
      List<?> steps = arr(v.get("steps"));
      for (int i = 0; i < steps.size(); i++) {
        Map<String, Object> step = obj(steps.get(i));
        String at = "step " + i + ": ";
        try {
          if (step.containsKey("advance_ms")) {
            now += num(step.get("advance_ms"));
          } else if (step.containsKey("health")) {
            expectSubset("health", step.get("health"), healthView(client, now));
          } else if (step.containsKey("hooks")) {
            List<Object> seen = healthHooks;
            healthHooks = new ArrayList<>();
            String where = subset(step.get("hooks"), seen);
            if (where != null) {
              throw new Mismatch("health hooks" + where + " (seen: " + show(seen) + ")");
            }
          } else if (step.containsKey("call")) {
            int times = step.containsKey("times") ? (int) num(step.get("times")) : 1;
            for (int t = 0; t < times; t++) {
              List<Object> taken = new ArrayList<>();
              now = healthCall(client, step, now, taken);
              for (Object h : taken) {
                if ("health_changed".equals(obj(h).get("kind"))) healthHooks.add(h);
                hooks.add(h);
              }
            }
          } else {
            throw new Mismatch("unknown step " + show(step));
          }
        } catch (Mismatch m) {
          throw new Mismatch(at + m.getMessage());
        }
      }
      if (v.containsKey("hooks")) {
        String where = subset(v.get("hooks"), hooks);
        if (where != null)
          throw new Mismatch("hooks" + where + " (all hooks: " + show(hooks) + ")");
      }
    } finally {
      client.delete();
    }
  }

  /**
   * The client's health at {@code now}, decoded by the core as the generated ClientHealth model and
   * read back through its accessors (so a field the view cannot read does not match).
   */
  static Map<String, Object> healthView(Client client, long now) {
    io.cozecore.model.ClientHealth h =
        io.cozecore.model.ClientHealth.parse(Utf8.decode(client.health_json(now)));
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("state", h.state());
    m.put("breaker", h.breaker());
    m.put("error_rate", h.errorRate());
    m.put("rated", h.rated());
    m.put("attempts", h.attempts());
    m.put("failures", h.failures());
    m.put("current_attempts", h.currentAttempts());
    m.put("current_failures", h.currentFailures());
    m.put("total_attempts", h.totalAttempts());
    m.put("total_failures", h.totalFailures());
    m.put("open_ms_left", h.openMsLeft());
    m.put("opened", h.opened());
    m.put("rejected", h.rejected());
    m.put("retries_spent", h.retriesSpent());
    m.put("retry_budget_left", h.retryBudgetLeft());
    m.values().removeIf(x -> x == null);
    return m;
  }

  /**
   * One call of a health step driven to its end, its SENDs answered in order; the hook events are
   * added to {@code hooks}. Returns the clock after it (sleeps advance it).
   */
  private static long healthCall(
      Client client, Map<String, Object> step, long now, List<Object> hooks) {
    Map<String, Object> spec = obj(step.get("call"));
    Object params;
    if (spec.containsKey("params")) {
      params = spec.get("params");
    } else {
      Map<String, Object> p = new LinkedHashMap<>();
      p.put("conversation_id", "c1");
      p.put("chat_id", "k1");
      params = p;
    }
    String op = spec.containsKey("op") ? str(spec.get("op")) : "chat.retrieve";
    List<?> answers = arr(step.get("answers"));
    Object want = step.get("expect");
    CallOptions options = new CallOptions();
    Call call;
    try {
      call = new Call(client, Utf8.encode(op), Utf8.encode(Json.write(params)), options);
    } finally {
      options.delete();
    }
    try {
      int answer = 0;
      boolean inFlight = false;
      for (int guard = 0; ; guard++) {
        if (guard > 1000) throw new Mismatch("the call did not end");
        Action a = next(call, now, hooks);
        try {
          ActionKind k = a.getKind();
          if (k == ActionKind.Send) {
            if (answer >= answers.size()) {
              throw new Mismatch("an attempt more than the " + answers.size() + " answers");
            }
            Map<String, Object> r = obj(answers.get(answer++));
            Deque<Feed> queue = new ArrayDeque<>();
            if (r.containsKey("transport_error")) {
              queue.add(
                  new Feed(Feed.TRANSPORT_ERROR, 0, null, null, str(r.get("transport_error"))));
            } else {
              List<String[]> headers = new ArrayList<>();
              if (r.containsKey("headers")) {
                for (Map.Entry<String, Object> h : obj(r.get("headers")).entrySet()) {
                  headers.add(new String[] {h.getKey(), str(h.getValue())});
                }
              }
              int status = r.containsKey("status") ? (int) num(r.get("status")) : 200;
              queue.add(new Feed(Feed.HEAD, status, headers, null, null));
              String body = r.containsKey("body") ? str(r.get("body")) : "";
              if (!body.isEmpty())
                queue.add(new Feed(Feed.CHUNK, 0, null, Utf8.encode(body), null));
              queue.add(new Feed(Feed.END, 0, null, null, null));
            }
            while (!queue.isEmpty()) feedOne(call, queue);
            inFlight = true;
          } else if (k == ActionKind.Sleep) {
            now += a.getDelay_ms();
          } else if (k == ActionKind.Wait) {
            if (!inFlight) throw new Mismatch("WAIT with nothing to feed");
            inFlight = false;
          } else if (k == ActionKind.Event) {
            // stream events are not what this area looks at
          } else {
            if ("done".equals(want)) {
              if (k != ActionKind.Done) throw new Mismatch("expected done, got " + describe(a));
            } else if (k != ActionKind.Fail) {
              throw new Mismatch("expected fail, got " + describe(a));
            } else {
              Map<String, Object> expected = new LinkedHashMap<>(obj(obj(want).get("error")));
              Map<String, Object> actual = errorJson(a.getError());
              if (expected.containsKey("message_contains")) {
                String needle = str(expected.remove("message_contains"));
                String message = (String) actual.get("message");
                if (!message.contains(needle)) {
                  throw new Mismatch(
                      "error.message: expected to contain "
                          + show(needle)
                          + ", got "
                          + show(message));
                }
              }
              expectSubset("error", expected, actual);
              // The exception a driver throws for it carries the same kind and severity.
              CozeException ex = io.cozecore.internal.CallDriver.toException(a.getError());
              Class<? extends CozeException> cls = ERROR_CLASSES.get(ex.kind());
              if (cls == null || ex.getClass() != cls) {
                throw new Mismatch(
                    "kind " + ex.kind() + " thrown as " + ex.getClass().getSimpleName());
              }
              if (!ex.severity().equals(actual.get("severity"))) {
                throw new Mismatch(
                    "severity(): "
                        + show(ex.severity())
                        + ", error_json says "
                        + show(actual.get("severity")));
              }
            }
            if (answer != answers.size()) {
              throw new Mismatch((answers.size() - answer) + " answers left unused");
            }
            return now;
          }
        } finally {
          a.delete();
        }
      }
    } finally {
      call.delete();
    }
  }
}
