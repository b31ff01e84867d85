package nl.wij.platform.security.impl;

import java.lang.reflect.Proxy;
import java.util.Map;

/** Instances of component {@code Config} annotations: their defaults, with some values overridden. */
final class Configs {

    private Configs() {
    }

    static <A> A of(Class<A> type, Map<String, Object> overrides) {
        return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] { type },
                (proxy, method, args) -> switch (method.getName()) {
                    case "annotationType" -> type;
                    case "toString" -> type.getSimpleName() + overrides;
                    case "hashCode" -> System.identityHashCode(proxy);
                    case "equals" -> proxy == args[0];
                    default -> overrides.containsKey(method.getName())
                            ? overrides.get(method.getName())
                            : method.getDefaultValue();
                }));
    }

    static <A> A defaults(Class<A> type) {
        return of(type, Map.of());
    }
}
