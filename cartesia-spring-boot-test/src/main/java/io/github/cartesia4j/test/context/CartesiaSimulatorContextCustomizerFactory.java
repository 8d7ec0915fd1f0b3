package io.github.cartesia4j.test.context;

import java.util.List;

import org.jspecify.annotations.Nullable;

import org.springframework.test.context.ContextConfigurationAttributes;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.ContextCustomizerFactory;
import org.springframework.test.context.TestContextAnnotationUtils;

/**
 * Creates the {@link CartesiaSimulatorContextCustomizer} for tests annotated with
 * {@link AutoConfigureCartesiaSimulator}.
 *
 * @author cartesia4j
 */
class CartesiaSimulatorContextCustomizerFactory implements ContextCustomizerFactory {

	@Override
	public @Nullable ContextCustomizer createContextCustomizer(Class<?> testClass,
			List<ContextConfigurationAttributes> configAttributes) {
		AutoConfigureCartesiaSimulator annotation = TestContextAnnotationUtils.findMergedAnnotation(testClass,
				AutoConfigureCartesiaSimulator.class);
		return (annotation != null)
				? new CartesiaSimulatorContextCustomizer(annotation.apiKey(), annotation.chunkDelayMillis()) : null;
	}

}
