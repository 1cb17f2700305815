package org.clientcare.platform.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoField;
import java.time.temporal.TemporalAccessor;
import java.util.Set;

import org.clientcare.platform.PlatformSettings;
import org.clientcare.shared.KeptDates;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.BeanDescription;
import tools.jackson.databind.DeserializationConfig;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.cfg.CoercionAction;
import tools.jackson.databind.cfg.CoercionInputShape;
import tools.jackson.databind.deser.ValueDeserializerModifier;
import tools.jackson.databind.deser.std.DelegatingDeserializer;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.deser.jdk.StringDeserializer;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.databind.ser.std.StdSerializer;
import tools.jackson.databind.type.LogicalType;

import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Timestamps leave the API as ISO-8601 with the institution's offset ({@code 2026-10-15T23:59:59+08:00}); strings
 * with a NUL character are refused on the way in, and so are a fraction where a whole number is meant (a
 * satisfaction of 4.5 was stored as 4), a number where a yes or no is meant, and a date or timestamp outside the years
 * 1900 to 9999 ({@link DateOutOfRange}).
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
		module.setDeserializerModifier(new ValueDeserializerModifier() {
			@Override
			public ValueDeserializer<?> modifyDeserializer(DeserializationConfig config, BeanDescription.Supplier type,
					ValueDeserializer<?> deserializer) {
				return DATED.contains(type.getBeanClass()) ? new WithinYears(deserializer) : deserializer;
			}
		});
		return builder -> builder.addModule(module)
			.disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
			.withCoercionConfig(LogicalType.Boolean,
					coercion -> coercion.setCoercion(CoercionInputShape.Integer, CoercionAction.Fail));
	}

	private static final Set<Class<?>> DATED = Set.of(LocalDate.class, LocalDateTime.class, OffsetDateTime.class,
			ZonedDateTime.class, Instant.class);

	/** A date or timestamp read as usual, then refused outside the {@link KeptDates}. */
	private static final class WithinYears extends DelegatingDeserializer {

		WithinYears(ValueDeserializer<?> delegate) {
			super(delegate);
		}

		@Override
		protected ValueDeserializer<?> newDelegatingInstance(ValueDeserializer<?> delegate) {
			return new WithinYears(delegate);
		}

		@Override
		public Object deserialize(JsonParser parser, DeserializationContext context) {
			Object value = super.deserialize(parser, context);
			if (value instanceof TemporalAccessor temporal) {
				// A timestamp by its instant, so that its year does not depend on the zone it is read in.
				long year = temporal.isSupported(ChronoField.INSTANT_SECONDS)
						? Instant.from(temporal).atOffset(ZoneOffset.UTC).getYear() : temporal.getLong(ChronoField.YEAR);
				if (!KeptDates.kept(year)) {
					throw new DateOutOfRange(parser, value, handledType());
				}
			}
			return value;
		}
	}
}
