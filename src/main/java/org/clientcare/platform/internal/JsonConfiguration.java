package org.clientcare.platform.internal;

import java.time.Instant;

import org.clientcare.platform.PlatformSettings;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.deser.jdk.StringDeserializer;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.databind.ser.std.StdSerializer;

import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Timestamps leave the API as ISO-8601 with the institution's offset ({@code 2026-10-15T23:59:59+08:00}); strings
 * with a NUL character are refused on the way in.
 */
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
		// PostgreSQL stores no NUL character in text: a string carrying one is refused where it is read, naming its field.
		module.addDeserializer(String.class, new StringDeserializer() {
			@Override
			public String deserialize(JsonParser parser, DeserializationContext context) {
				String value = super.deserialize(parser, context);
				if (value != null && value.indexOf('\0') >= 0) {
					return (String) context.handleWeirdStringValue(String.class, value, "contains a NUL character");
				}
				return value;
			}
		});
		return builder -> builder.addModule(module);
	}
}
