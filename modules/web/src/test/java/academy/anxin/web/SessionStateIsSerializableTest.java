package academy.anxin.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.lang.reflect.Field;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.lang.reflect.WildcardType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The web app is {@code <distributable/>}: on a cluster every session is written to the data grid after each
 * request, so everything a session holds must serialize: session- and view-scoped beans (a view-scoped bean lives
 * in the session with JSF's server-side view state), their fields, and what those fields hold, down to the leaves.
 * A field that fails is a page that breaks when the next request lands on another node, found here rather than
 * by a person. Injected beans of a normal scope are proxies (serializable); the rest must be serializable.
 */
class SessionStateIsSerializableTest {

    private static final Path CLASSES = Path.of("target/classes");
    /** Fields typed wider than what they hold, with what makes their values serializable. */
    private static final Set<String> CHECKED_ELSEWHERE = Set.of(
            // message arguments: ContentProblem's constructor keeps only serializable values (others as text)
            "academy.anxin.kernel.domain.ContentProblem.arguments");

    @Test
    void everySessionAndViewScopedBeanSerializesDownToItsLeaves() throws Exception {
        List<Class<?>> beans = new ArrayList<>();
        try (Stream<Path> files = Files.walk(CLASSES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                String name = CLASSES.relativize(file).toString().replace('/', '.').replaceAll("\\.class$", "");
                Class<?> type = Class.forName(name, false, getClass().getClassLoader());
                if (type.isAnnotationPresent(ViewScoped.class) || type.isAnnotationPresent(SessionScoped.class)) {
                    beans.add(type);
                }
            }
        }
        assertTrue(beans.size() >= 10, "found the pages' beans: " + beans);
        List<String> problems = new ArrayList<>();
        for (Class<?> bean : beans) {
            check(bean, bean.getSimpleName(), new HashSet<>(), problems);
        }
        assertEquals(List.of(), problems, "what a session holds that would not serialize");
    }

    @Test
    void theLoginAndLanguageKeptInTheSessionSerialize() throws Exception {
        List<String> problems = new ArrayList<>();
        for (String name : List.of("academy.anxin.web.security.SessionFormMechanism$Remembered",
                "academy.anxin.web.i18n.LanguageChoice$AccountLanguage")) {
            check(Class.forName(name), name, new HashSet<>(), problems);
        }
        assertEquals(List.of(), problems);
    }

    private static void check(Class<?> type, String path, Set<Class<?>> seen, List<String> problems) {
        if (!seen.add(type)) {
            return;
        }
        if (!Serializable.class.isAssignableFrom(type)) {
            problems.add(path + ": " + type.getName() + " is not Serializable");
            return;
        }
        for (Class<?> at = type; at != null && at != Object.class; at = at.getSuperclass()) {
            for (Field field : at.getDeclaredFields()) {
                int modifiers = field.getModifiers();
                if (Modifier.isStatic(modifiers) || Modifier.isTransient(modifiers)) {
                    continue;
                }
                String where = path + "." + field.getName();
                if (CHECKED_ELSEWHERE.contains(at.getName() + "." + field.getName())) {
                    continue;
                }
                if (field.isAnnotationPresent(Inject.class)) {
                    Class<?> injected = field.getType();
                    if (!injected.isInterface() && !normalScoped(injected)
                            && !Serializable.class.isAssignableFrom(injected)) {
                        problems.add(where + ": injected " + injected.getName()
                                + " is neither a normal-scoped bean (a proxy) nor Serializable");
                    }
                    continue;
                }
                checkType(field.getGenericType(), where, seen, problems);
            }
        }
    }

    private static void checkType(Type type, String path, Set<Class<?>> seen, List<String> problems) {
        if (type instanceof Class<?> raw) {
            if (raw.isPrimitive() || raw.isEnum() || raw.getName().startsWith("java.")) {
                if (!raw.isPrimitive() && !raw.isInterface() && !Serializable.class.isAssignableFrom(raw)) {
                    problems.add(path + ": " + raw.getName() + " is not Serializable");
                }
                return;
            }
            if (raw.isArray()) {
                checkType(raw.getComponentType(), path + "[]", seen, problems);
                return;
            }
            if (raw.isInterface() && raw.isSealed()) {
                for (Class<?> permitted : raw.getPermittedSubclasses()) {
                    check(permitted, path + "<" + permitted.getSimpleName() + ">", seen, problems);
                }
                return;
            }
            check(raw, path, seen, problems);
        } else if (type instanceof ParameterizedType parameterized) {
            Class<?> raw = (Class<?>) parameterized.getRawType();
            if (raw == Optional.class) {
                problems.add(path + ": java.util.Optional is not Serializable");
                return;
            }
            if (!Collection.class.isAssignableFrom(raw) && !Map.class.isAssignableFrom(raw)) {
                checkType(raw, path, seen, problems);
            }
            for (Type argument : parameterized.getActualTypeArguments()) {
                checkType(argument, path + "<>", seen, problems);
            }
        } else if (type instanceof GenericArrayType array) {
            checkType(array.getGenericComponentType(), path + "[]", seen, problems);
        } else if (type instanceof WildcardType wildcard) {
            for (Type bound : wildcard.getUpperBounds()) {
                checkType(bound, path, seen, problems);
            }
        } else if (type instanceof TypeVariable<?> variable) {
            for (Type bound : variable.getBounds()) {
                if (bound != Object.class) {
                    checkType(bound, path, seen, problems);
                }
            }
        }
    }

    private static boolean normalScoped(Class<?> type) {
        return type.isAnnotationPresent(ApplicationScoped.class) || type.isAnnotationPresent(RequestScoped.class)
                || type.isAnnotationPresent(SessionScoped.class);
    }
}
