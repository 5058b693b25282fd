package fi.asiointipiste.platform.rest;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonParser;
import java.io.ByteArrayInputStream;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Request bodies read strictly into the API's request records: a body is one JSON object nested at most
 * {@link #MAX_DEPTH} levels, with no member twice; every member names a component of the record, has the component's
 * type (a number where a number is meant, an ISO date where a date is meant, one of the enum's names…) and is
 * refused otherwise: with {@code api.json.serverOwned} when it names something only the server sets ({@link
 * #SERVER_OWNED}: ids, versions, statuses, audit fields), else {@code api.json.unknownField}. An absent member is null
 * (false or 0 for a primitive). A component of type {@link Optional} tells absent (null) from sent as null (empty),
 * as a JSON merge patch (RFC 7396) needs.
 */
public final class StrictJson {

    /** The code of a body that is empty or {@code null}. */
    public static final String BODY_REQUIRED = "api.body.required";

    /** The deepest nesting of objects and arrays a body may have. */
    public static final int MAX_DEPTH = 12;

    /** Members only the server sets; a request record that accepts one (a status transition) names it as a component. */
    public static final Set<String> SERVER_OWNED = Set.of(
            "id",
            "version",
            "etag",
            "status",
            "createdAt",
            "createdBy",
            "updatedAt",
            "updatedBy",
            "modifiedAt",
            "modifiedBy",
            "arrivedAt",
            "startedAt",
            "endedAt",
            "clerk",
            "recommendedLevel",
            "ruleSetId",
            "ruleSetVersion",
            "ruleId",
            "requestedAt",
            "requestedBy",
            "acceptedAt",
            "joinedAt",
            "completedAt",
            "cancelledAt",
            "cancelledBy",
            "bookedAt",
            "bookedBy",
            "issuedAt",
            "issuedBy",
            "revokedAt",
            "tasks",
            "waitingMinutes",
            "handlingMinutes");

    private StrictJson() {}

    /** Why a body was refused: the problem code and the member (a JSON path such as {@code outcomes[1].outcome}). */
    public static final class BadBody extends RuntimeException {
        private final String code;
        private final Map<String, Object> details;

        BadBody(String code, String field, String expected) {
            super(code + (field == null ? "" : " at " + field));
            this.code = code;
            Map<String, Object> d = new LinkedHashMap<>();
            if (field != null) {
                d.put("field", field);
            }
            if (expected != null) {
                d.put("expected", expected);
            }
            this.details = Map.copyOf(d);
        }

        public String code() {
            return code;
        }

        public Map<String, Object> details() {
            return details;
        }
    }

    /** A string (or member name) with a NUL character. */
    static final String NUL = "api.json.nul";

    /** Parses one JSON value; refuses an empty body or {@code null}, bad syntax, duplicate members, deep nesting. */
    public static JsonObject parse(byte[] body) {
        if (new String(body, StandardCharsets.UTF_8).isBlank()) {
            throw new BadBody(BODY_REQUIRED, null, null);
        }
        Deque<Object> open = new ArrayDeque<>();
        Deque<String> keys = new ArrayDeque<>();
        Deque<Set<String>> seen = new ArrayDeque<>();
        JsonValue top = null;
        try (JsonParser parser = Json.createParser(new ByteArrayInputStream(body))) {
            String key = null;
            while (parser.hasNext()) {
                JsonParser.Event event = parser.next();
                switch (event) {
                    case KEY_NAME -> {
                        key = parser.getString();
                        if (key.indexOf('\0') >= 0) {
                            throw new BadBody(NUL, "$", null);
                        }
                        if (!seen.peek().add(key)) {
                            throw new BadBody("api.json.duplicate", key, null);
                        }
                    }
                    case START_OBJECT, START_ARRAY -> {
                        if (open.size() >= MAX_DEPTH) {
                            throw new BadBody("api.json.tooDeep", null, String.valueOf(MAX_DEPTH));
                        }
                        keys.push(key == null ? "" : key);
                        open.push(
                                event == JsonParser.Event.START_OBJECT
                                        ? Json.createObjectBuilder()
                                        : Json.createArrayBuilder());
                        seen.push(new HashSet<>());
                        key = null;
                    }
                    case END_OBJECT, END_ARRAY -> {
                        Object builder = open.pop();
                        seen.pop();
                        JsonValue done = builder instanceof JsonObjectBuilder o
                                ? o.build()
                                : ((JsonArrayBuilder) builder).build();
                        key = keys.pop();
                        top = add(open, key, done, top);
                        key = null;
                    }
                    case VALUE_STRING -> {
                        // PostgreSQL cannot store U+0000 in text (it was a server error); no person types one.
                        if (parser.getString().indexOf('\0') >= 0) {
                            throw new BadBody(NUL, key == null ? "$" : key, null);
                        }
                        top = add(open, key, parser.getValue(), top);
                        key = null;
                    }
                    default -> {
                        top = add(open, key, parser.getValue(), top);
                        key = null;
                    }
                }
            }
        } catch (JsonException | IllegalStateException | java.util.NoSuchElementException malformed) {
            throw new BadBody("api.json.malformed", null, null);
        }
        if (top == null || top == JsonValue.NULL) {
            throw new BadBody(BODY_REQUIRED, null, null);
        }
        if (!(top instanceof JsonObject object)) {
            throw new BadBody("api.json.wrongType", "$", "object");
        }
        return object;
    }

    private static JsonValue add(Deque<Object> open, String key, JsonValue value, JsonValue top) {
        if (open.isEmpty()) {
            if (top != null) {
                throw new BadBody("api.json.malformed", null, null);
            }
            return value;
        }
        if (open.peek() instanceof JsonObjectBuilder object) {
            object.add(key, value);
        } else {
            ((JsonArrayBuilder) open.peek()).add(value);
        }
        return top;
    }

    /** The body as the request record {@code type}. */
    public static <T> T bind(Class<T> type, JsonObject body) {
        return type.cast(record(type, body, ""));
    }

    private static Object record(Class<?> type, JsonObject object, String path) {
        RecordComponent[] components = type.getRecordComponents();
        Map<String, Integer> index = new LinkedHashMap<>();
        for (int i = 0; i < components.length; i++) {
            index.put(components[i].getName(), i);
        }
        Object[] values = new Object[components.length];
        for (int i = 0; i < components.length; i++) {
            values[i] = absent(components[i].getType());
        }
        for (Map.Entry<String, JsonValue> member : object.entrySet()) {
            String field = path.isEmpty() ? member.getKey() : path + "." + member.getKey();
            Integer i = index.get(member.getKey());
            if (i == null) {
                throw new BadBody(
                        SERVER_OWNED.contains(member.getKey()) ? "api.json.serverOwned" : "api.json.unknownField",
                        field,
                        null);
            }
            RecordComponent component = components[i];
            if (component.getType() == Optional.class) {
                Type inner = typeArgument(component.getGenericType(), 0);
                values[i] = member.getValue() == JsonValue.NULL
                        ? Optional.empty()
                        : Optional.of(value(inner, member.getValue(), field));
            } else {
                values[i] = value(component.getGenericType(), member.getValue(), field);
            }
        }
        try {
            Constructor<?> canonical = type.getDeclaredConstructor(
                    Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new));
            canonical.setAccessible(true);
            return canonical.newInstance(values);
        } catch (InvocationTargetException refused) {
            throw new BadBody("api.json.badValue", path.isEmpty() ? null : path, null);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot create " + type.getName(), e);
        }
    }

    private static Object absent(Class<?> type) {
        if (type == boolean.class) {
            return false;
        }
        if (type == int.class) {
            return 0;
        }
        if (type == long.class) {
            return 0L;
        }
        if (type == double.class) {
            return 0.0;
        }
        return null;
    }

    private static Object value(Type type, JsonValue value, String field) {
        Class<?> raw = raw(type);
        if (value == JsonValue.NULL) {
            if (raw.isPrimitive()) {
                throw new BadBody("api.json.wrongType", field, expected(raw));
            }
            return null;
        }
        if (raw == String.class) {
            return string(value, field, raw);
        }
        if (raw == Boolean.class || raw == boolean.class) {
            if (value == JsonValue.TRUE || value == JsonValue.FALSE) {
                return value == JsonValue.TRUE;
            }
            throw new BadBody("api.json.wrongType", field, expected(raw));
        }
        if (raw == Integer.class
                || raw == int.class
                || raw == Long.class
                || raw == long.class
                || raw == BigDecimal.class
                || raw == Double.class
                || raw == double.class) {
            return number(raw, value, field);
        }
        if (raw == LocalDate.class || raw == LocalTime.class || raw == LocalDateTime.class) {
            String text = string(value, field, raw);
            try {
                return raw == LocalDate.class
                        ? LocalDate.parse(text)
                        : raw == LocalTime.class ? LocalTime.parse(text) : LocalDateTime.parse(text);
            } catch (DateTimeParseException e) {
                throw new BadBody("api.json.badValue", field, expected(raw));
            }
        }
        if (raw.isEnum()) {
            String text = string(value, field, raw);
            for (Object constant : raw.getEnumConstants()) {
                if (((Enum<?>) constant).name().equals(text)) {
                    return constant;
                }
            }
            throw new BadBody("api.json.badValue", field, expected(raw));
        }
        if (raw == List.class || raw == Set.class) {
            if (!(value instanceof JsonArray array)) {
                throw new BadBody("api.json.wrongType", field, "array");
            }
            Type element = typeArgument(type, 0);
            List<Object> items = new ArrayList<>();
            for (int i = 0; i < array.size(); i++) {
                Object item = value(element, array.get(i), field + "[" + i + "]");
                if (item == null) {
                    throw new BadBody("api.json.wrongType", field + "[" + i + "]", expected(raw(element)));
                }
                items.add(item);
            }
            return raw == List.class
                    ? List.copyOf(items)
                    : java.util.Collections.unmodifiableSet(new LinkedHashSet<>(items));
        }
        if (raw == Map.class) {
            Type valueType = type instanceof java.lang.reflect.ParameterizedType ? typeArgument(type, 1) : Object.class;
            if (valueType == Object.class || raw(valueType) == Object.class) {
                return freeForm(value, field);
            }
            // a map with typed values (e.g. a description per support level): each value bound like a member
            if (!(value instanceof JsonObject object)) {
                throw new BadBody("api.json.wrongType", field, "object");
            }
            Map<String, Object> map = new LinkedHashMap<>();
            for (Map.Entry<String, JsonValue> e : object.entrySet()) {
                map.put(e.getKey(), value(valueType, e.getValue(), field + "." + e.getKey()));
            }
            return java.util.Collections.unmodifiableMap(map);
        }
        if (raw.isRecord()) {
            if (!(value instanceof JsonObject object)) {
                throw new BadBody("api.json.wrongType", field, "object");
            }
            return record(raw, object, field);
        }
        throw new IllegalStateException("no JSON binding for " + type + " at " + field);
    }

    /** An object of names and plain values (text, number, true/false, null): the routing facts. */
    private static Map<String, Object> freeForm(JsonValue value, String field) {
        if (!(value instanceof JsonObject object)) {
            throw new BadBody("api.json.wrongType", field, "object");
        }
        Map<String, Object> map = new LinkedHashMap<>();
        for (Map.Entry<String, JsonValue> e : object.entrySet()) {
            JsonValue v = e.getValue();
            String at = field + "." + e.getKey();
            switch (v.getValueType()) {
                case STRING -> map.put(e.getKey(), ((JsonString) v).getString());
                case NUMBER -> map.put(e.getKey(), ((JsonNumber) v).bigDecimalValue());
                case TRUE -> map.put(e.getKey(), Boolean.TRUE);
                case FALSE -> map.put(e.getKey(), Boolean.FALSE);
                case NULL -> map.put(e.getKey(), null);
                default -> throw new BadBody("api.json.wrongType", at, "text, number, true, false or null");
            }
        }
        return map;
    }

    private static String string(JsonValue value, String field, Class<?> raw) {
        if (value instanceof JsonString s) {
            return s.getString();
        }
        throw new BadBody("api.json.wrongType", field, expected(raw));
    }

    private static Object number(Class<?> raw, JsonValue value, String field) {
        if (!(value instanceof JsonNumber n)) {
            throw new BadBody("api.json.wrongType", field, expected(raw));
        }
        try {
            if (raw == Integer.class || raw == int.class) {
                return n.bigDecimalValue().intValueExact();
            }
            if (raw == Long.class || raw == long.class) {
                return n.bigDecimalValue().longValueExact();
            }
            if (raw == Double.class || raw == double.class) {
                return n.doubleValue();
            }
            return n.bigDecimalValue();
        } catch (ArithmeticException notWhole) {
            throw new BadBody("api.json.wrongType", field, expected(raw));
        }
    }

    /** What a member of this type must be, as the problem's {@code expected} says it. */
    static String expected(Class<?> raw) {
        if (raw == String.class) {
            return "text";
        }
        if (raw == Boolean.class || raw == boolean.class) {
            return "true or false";
        }
        if (raw == Integer.class || raw == int.class || raw == Long.class || raw == long.class) {
            return "whole number";
        }
        if (raw == BigDecimal.class || raw == Double.class || raw == double.class) {
            return "number";
        }
        if (raw == LocalDate.class) {
            return "date yyyy-MM-dd";
        }
        if (raw == LocalTime.class) {
            return "time HH:mm";
        }
        if (raw == LocalDateTime.class) {
            return "date and time yyyy-MM-ddTHH:mm";
        }
        if (raw.isEnum()) {
            return String.join(
                    " | ",
                    Arrays.stream(raw.getEnumConstants())
                            .map(c -> ((Enum<?>) c).name())
                            .toList());
        }
        return raw.getSimpleName();
    }

    private static Class<?> raw(Type type) {
        if (type instanceof Class<?> c) {
            return c;
        }
        if (type instanceof ParameterizedType p) {
            return (Class<?>) p.getRawType();
        }
        throw new IllegalStateException("unsupported type " + type);
    }

    private static Type typeArgument(Type type, int i) {
        if (type instanceof ParameterizedType p) {
            return p.getActualTypeArguments()[i];
        }
        throw new IllegalStateException("raw collection type " + type);
    }
}
