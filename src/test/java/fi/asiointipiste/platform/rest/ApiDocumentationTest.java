package fi.asiointipiste.platform.rest;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.SchemaProperty;
import org.junit.jupiter.api.Test;

/**
 * Every resource method of the API is documented for /openapi (an {@link Operation}), and so is every record it takes
 * or gives and each of their members (a {@link Schema} on the record and on each component, or a
 * {@link SchemaProperty} of the record's own schema where Payara's scanner cannot read one on the component).
 */
class ApiDocumentationTest {

    private static final List<Class<? extends java.lang.annotation.Annotation>> HTTP_METHODS =
            List.of(GET.class, POST.class, PUT.class, PATCH.class, DELETE.class);

    @Test
    void everyResourceMethodAndEveryMemberOfItsRecordsIsDocumented() {
        List<String> undocumented = new ArrayList<>();
        Set<Class<?>> records = new LinkedHashSet<>();
        int methods = 0;
        for (Class<?> resource : resources()) {
            for (Method m : resource.getDeclaredMethods()) {
                if (HTTP_METHODS.stream().noneMatch(m::isAnnotationPresent)) {
                    continue;
                }
                methods++;
                if (!m.isAnnotationPresent(Operation.class)) {
                    undocumented.add(resource.getSimpleName() + "." + m.getName() + ": no @Operation");
                }
                collect(m.getGenericReturnType(), records);
                Arrays.stream(m.getGenericParameterTypes()).forEach(t -> collect(t, records));
            }
            Arrays.stream(resource.getDeclaredClasses()).filter(Class::isRecord).forEach(records::add);
        }
        for (Class<?> record : records) {
            Schema type = record.getAnnotation(Schema.class);
            if (type == null) {
                undocumented.add(record.getName() + ": no @Schema");
                continue;
            }
            Set<String> onType = new LinkedHashSet<>();
            Arrays.stream(type.properties()).map(SchemaProperty::name).forEach(onType::add);
            for (RecordComponent c : record.getRecordComponents()) {
                Schema member = c.getAccessor().getAnnotation(Schema.class);
                boolean described = member != null && !member.description().isBlank() || onType.contains(c.getName());
                if (!described) {
                    undocumented.add(record.getSimpleName() + "." + c.getName() + ": no description");
                }
            }
        }
        assertThat(methods).as("resource methods found").isGreaterThan(40);
        assertThat(records).as("records found").hasSizeGreaterThan(25);
        assertThat(undocumented).isEmpty();
    }

    /** The application's records a type names (itself, or the type arguments of a list or map). */
    private static void collect(Type type, Set<Class<?>> records) {
        if (type instanceof Class<?> c && c.isRecord() && c.getName().startsWith("fi.asiointipiste.")) {
            if (records.add(c)) {
                Arrays.stream(c.getRecordComponents()).forEach(rc -> collect(rc.getGenericType(), records));
            }
        } else if (type instanceof ParameterizedType p) {
            Arrays.stream(p.getActualTypeArguments()).forEach(t -> collect(t, records));
        }
    }

    private static List<Class<?>> resources() {
        List<Class<?>> resources = new ArrayList<>();
        for (JavaClass c : new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("fi.asiointipiste")) {
            if (c.isAnnotatedWith(Path.class)) {
                resources.add(c.reflect());
            }
        }
        return resources;
    }
}
