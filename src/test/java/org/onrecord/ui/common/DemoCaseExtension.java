package org.onrecord.ui.common;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * Hands each test (through its class's constructor) a fresh {@link DemoCaseFixture} in a temporary
 * folder, closed and deleted after the test.
 */
public final class DemoCaseExtension implements ParameterResolver {
    /** The test method's context, so each test gets its own case, closed when the test ends. */
    @Override
    public ExtensionContextScope getTestInstantiationExtensionContextScope(ExtensionContext rootContext) {
        return ExtensionContextScope.TEST_METHOD;
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == DemoCaseFixture.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return context.getStore(ExtensionContext.Namespace.create(DemoCaseExtension.class, context.getUniqueId()))
                .getOrComputeIfAbsent("demo", key -> OpenedDemo.open(), OpenedDemo.class).fixture();
    }

    private record OpenedDemo(Path dir, DemoCaseFixture fixture) implements AutoCloseable {
        static OpenedDemo open() {
            try {
                Path dir = Files.createTempDirectory("onrecord-demo-test");
                return new OpenedDemo(dir, new DemoCaseFixture(dir));
            } catch (Exception e) {
                throw new IllegalStateException("cannot build the demo case", e);
            }
        }

        @Override
        public void close() throws IOException {
            fixture.close();
            try (Stream<Path> files = Files.walk(dir)) {
                for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(p);
                }
            }
        }
    }
}
