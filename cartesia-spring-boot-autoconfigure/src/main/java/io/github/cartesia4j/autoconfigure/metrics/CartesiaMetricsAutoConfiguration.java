package io.github.cartesia4j.autoconfigure.metrics;

import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;

import io.github.cartesia4j.client.tts.TtsRecorder;
import io.github.cartesia4j.metrics.MicrometerTtsRecorder;

/**
 * {@link EnableAutoConfiguration Auto-configuration} for the Cartesia text-to-speech meters.
 *
 * @author cartesia4j
 * @since 0.1.0
 */
@AutoConfiguration(
		afterName = "org.springframework.boot.micrometer.metrics.autoconfigure.CompositeMeterRegistryAutoConfiguration")
@ConditionalOnClass(MeterRegistry.class)
@ConditionalOnBean(MeterRegistry.class)
public final class CartesiaMetricsAutoConfiguration {

	@Bean
	@ConditionalOnMissingBean
	TtsRecorder cartesiaTtsRecorder(MeterRegistry meterRegistry) {
		return new MicrometerTtsRecorder(meterRegistry);
	}

}
