package fi.asiointipiste.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.ConversationScoped;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.lang.annotation.Annotation;
import java.lang.reflect.Field;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.lang.reflect.WildcardType;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Sessions are replicated between nodes (web.xml {@code <distributable/>}, docs/operations.md "Two nodes"), so
 * everything a session holds must be Serializable: the session- and view-scoped beans, every field they keep (entities,
 * lists and maps of them, helper objects, recursively) and every bean injected into them that is not a serializable
 * client proxy of a normal-scoped bean. The sign-in itself keeps serializable records in the session
 * ({@code platform.security.SessionCaller}, and {@code PendingSignIn} between the password and the second factor).
 */
class ReplicableSessionStateTest {

    private static final List<Class<? extends Annotation>> PASSIVATING =
            List.of(SessionScoped.class, ViewScoped.class, ConversationScoped.class);
    private static final List<Class<? extends Annotation>> NORMAL_SCOPES = List.of(
            ApplicationScoped.class,
            RequestScoped.class,
            SessionScoped.class,
            ConversationScoped.class,
            ViewScoped.class);

    /** Every class of the application, for the beans behind an injected interface (a feature's port). */
    private static final List<Class<?>> APPLICATION_CLASSES = new ArrayList<>();

    @Test
    void everythingASessionKeepsIsSerializable() {
        List<Class<?>> beans = new ArrayList<>();
        for (JavaClass c : new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("fi.asiointipiste")) {
            Class<?> type = c.reflect();
            APPLICATION_CLASSES.add(type);
            if (PASSIVATING.stream().anyMatch(type::isAnnotationPresent)) {
                beans.add(type);
            }
        }
        assertThat(beans).as("session- and view-scoped beans found").hasSizeGreaterThan(10);

        List<String> problems = new ArrayList<>();
        Set<Class<?>> visited = new HashSet<>();
        for (Class<?> bean : beans) {
            check(bean, bean.getName(), problems, visited);
        }
        assertThat(problems).as("state a replicated session cannot carry").isEmpty();
    }

    @Test
    void theSignedInCallerIsSerializable() throws Exception {
        List<String> problems = new ArrayList<>();
        for (String name : List.of(
                "fi.asiointipiste.platform.security.SessionCaller",
                "fi.asiointipiste.platform.security.PendingSignIn")) {
            Class<?> kept = Class.forName(name);
            check(kept, kept.getName(), problems, new HashSet<>());
        }
        assertThat(problems).isEmpty();
    }

    private static void check(Class<?> type, String path, List<String> problems, Set<Class<?>> visited) {
        if (!visited.add(type)) {
            return;
        }
        if (!Serializable.class.isAssignableFrom(type)) {
            problems.add(path + ": " + type.getName() + " is not Serializable");
            return;
        }
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            for (Field field : c.getDeclaredFields()) {
                int modifiers = field.getModifiers();
                if (Modifier.isStatic(modifiers) || Modifier.isTransient(modifiers) || field.isSynthetic()) {
                    continue;
                }
                String where = path + "." + field.getName();
                if (field.isAnnotationPresent(Inject.class)) {
                    checkInjected(field.getType(), where, problems, visited);
                } else {
                    checkType(field.getGenericType(), where, problems, visited);
                }
            }
        }
    }

    /**
     * A normal-scoped bean is injected as a serializable client proxy; anything else is stored itself. An interface (a
     * port such as {@code StaffAccounts}) is a client proxy when every bean of the application implementing it is
     * normal-scoped.
     */
    private static void checkInjected(Class<?> type, String path, List<String> problems, Set<Class<?>> visited) {
        if (NORMAL_SCOPES.stream().anyMatch(type::isAnnotationPresent)
                || type.getName().startsWith("jakarta.")) {
            return;
        }
        if (type.isInterface()) {
            List<Class<?>> implementations = APPLICATION_CLASSES.stream()
                    .filter(c -> type.isAssignableFrom(c) && !c.isInterface() && !Modifier.isAbstract(c.getModifiers()))
                    .toList();
            if (!implementations.isEmpty()
                    && implementations.stream()
                            .allMatch(c -> NORMAL_SCOPES.stream().anyMatch(c::isAnnotationPresent))) {
                return;
            }
        }
        check(type, path, problems, visited);
    }

    private static void checkType(Type type, String path, List<String> problems, Set<Class<?>> visited) {
        if (type instanceof ParameterizedType p) {
            checkType(p.getRawType(), path, problems, visited);
            for (Type argument : p.getActualTypeArguments()) {
                checkType(argument, path + "<>", problems, visited);
            }
        } else if (type instanceof GenericArrayType array) {
            checkType(array.getGenericComponentType(), path + "[]", problems, visited);
        } else if (type instanceof WildcardType wildcard) {
            for (Type bound : wildcard.getUpperBounds()) {
                checkType(bound, path, problems, visited);
            }
        } else if (type instanceof TypeVariable<?> variable) {
            for (Type bound : variable.getBounds()) {
                checkType(bound, path, problems, visited);
            }
        } else if (type instanceof Class<?> c) {
            if (c.isPrimitive() || c == Object.class || c.isEnum()) {
                return;
            }
            if (c.isArray()) {
                checkType(c.getComponentType(), path + "[]", problems, visited);
            } else if (c == List.class || c == Map.class || c == Set.class || c == Collection.class) {
                return; // the implementations the code uses (ArrayList, HashMap, List.of, ...) are Serializable;
                // elements are checked
            } else if (c == Optional.class) {
                problems.add(path + ": Optional is not Serializable");
            } else if (c.getName().startsWith("fi.asiointipiste.")) {
                check(c, path, problems, visited);
            } else if (!Serializable.class.isAssignableFrom(c)) {
                problems.add(path + ": " + c.getName() + " is not Serializable");
            }
        }
    }
    /**
     * The push keeps nothing in the HTTP session (the Faces websocket did: Mojarra's session-scoped channel manager, a
     * Weld proxy another node could not restore, so a clerk's session with a live page did not fail over): no page uses
     * {@code f:websocket}, the Faces websocket endpoint is off, no class uses Faces push, and nothing in
     * platform.push writes to a session (its sockets hold a reference to their session, never the other way round).
     */
    @Test
    void nothingFromThePushLandsInTheSession() throws Exception {
        java.nio.file.Path webapp = java.nio.file.Path.of("src/main/webapp");
        List<String> pagesWithFacesPush;
        try (var files = java.nio.file.Files.walk(webapp)) {
            pagesWithFacesPush = files.filter(f -> f.toString().endsWith(".xhtml"))
                    .filter(f -> read(f).contains("<f:websocket"))
                    .map(Object::toString)
                    .toList();
        }
        assertThat(pagesWithFacesPush).as("pages with f:websocket").isEmpty();
        assertThat(read(webapp.resolve("WEB-INF/web.xml")).replaceAll("\\s+", ""))
                .contains(
                        "<param-name>jakarta.faces.ENABLE_WEBSOCKET_ENDPOINT</param-name><param-value>false</param-value>");

        var classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("fi.asiointipiste");
        List<String> facesPush = classes.stream()
                .filter(c -> c.getDirectDependenciesFromSelf().stream()
                        .anyMatch(d -> d.getTargetClass().getPackageName().equals("jakarta.faces.push")))
                .map(JavaClass::getName)
                .toList();
        assertThat(facesPush).as("classes using Faces push").isEmpty();
        List<String> writes = classes.stream()
                .filter(c -> c.getPackageName().equals("fi.asiointipiste.platform.push"))
                .flatMap(c -> c.getMethodCallsFromSelf().stream())
                .filter(call -> call.getTargetOwner().isAssignableTo(jakarta.servlet.http.HttpSession.class))
                .filter(call -> !call.getName().equals("getId"))
                .map(call -> call.getDescription())
                .toList();
        assertThat(writes)
                .as("platform.push's calls of the HTTP session (only its id is read)")
                .isEmpty();
        assertThat(classes.get("fi.asiointipiste.platform.push.PushSockets").getFields())
                .as("the registry of sockets is the application's, not a session's")
                .isNotEmpty();
    }

    private static String read(java.nio.file.Path file) {
        try {
            return java.nio.file.Files.readString(file);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
