package org.clientcare.platform.internal;

import java.time.Instant;

import org.clientcare.platform.PlatformSettings;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.databind.ser.std.StdSerializer;

import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Timestamps leave the API as ISO-8601 with the institution's offset ({@code 2026-10-15T23:59:59+08:00}). */
@Configuration(proxyBeanMethods = false)
class JsonConfiguration {

	@Bean
	JsonMapperBuilderCustomizer institutionTimestamps(PlatformSettings settings) {
		var module = new SimpleModule("institution-zone");
		module.addSerializer(Instant.class, new StdSerializer<>(Instant.class) {
			@Override
			public void serialize(Instant value, JsonGenerator generator, SerializationContext context) {
				generator.writeString(value.atZone(settings.zone()).toOffsetDateTime().toString());
			}
		});
		return builder -> builder.addModule(module);
	}
}
