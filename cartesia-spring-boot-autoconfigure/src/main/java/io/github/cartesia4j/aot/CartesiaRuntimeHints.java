package io.github.cartesia4j.aot;

import java.util.LinkedHashSet;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import org.springframework.aot.hint.BindingReflectionHintsRegistrar;
import org.springframework.aot.hint.RuntimeHints;
import org.springframework.aot.hint.RuntimeHintsRegistrar;
import org.springframework.beans.factory.annotation.AnnotatedBeanDefinition;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.io.DefaultResourceLoader;
import org.springframework.core.type.filter.TypeFilter;
import org.springframework.util.ClassUtils;

/**
 * Native-image hints for the Cartesia clients: reflection on every record and enum Jackson
 * reads or writes (requests, responses, events and their nested types) and the library's
 * version resource.
 *
 * @author cartesia4j
 * @since 0.1.0
 */
public class CartesiaRuntimeHints implements RuntimeHintsRegistrar {

	/**
	 * Package holding every type that crosses the wire.
	 */
	static final String CLIENT_PACKAGE = "io.github.cartesia4j.client";

	@Override
	public void registerHints(RuntimeHints hints, @Nullable ClassLoader classLoader) {
		new BindingReflectionHintsRegistrar().registerReflectionHints(hints.reflection(),
				wireTypes(classLoader).toArray(Class<?>[]::new));
		hints.resources().registerPattern("io/github/cartesia4j/client/cartesia-client.properties");
	}

	static Set<Class<?>> wireTypes(@Nullable ClassLoader classLoader) {
		ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false) {

			@Override
			protected boolean isCandidateComponent(AnnotatedBeanDefinition definition) {
				return definition.getMetadata().isIndependent();
			}

		};
		TypeFilter recordsAndEnums = (reader, factory) -> {
			String superClass = reader.getClassMetadata().getSuperClassName();
			return "java.lang.Record".equals(superClass) || "java.lang.Enum".equals(superClass);
		};
		scanner.addIncludeFilter(recordsAndEnums);
		if (classLoader != null) {
			scanner.setResourceLoader(new DefaultResourceLoader(classLoader));
		}
		Set<Class<?>> types = new LinkedHashSet<>();
		for (BeanDefinition candidate : scanner.findCandidateComponents(CLIENT_PACKAGE)) {
			types.add(ClassUtils.resolveClassName(candidate.getBeanClassName(), classLoader));
		}
		return types;
	}

}
