package org.clientcare.support;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import org.clientcare.ClientCareApplication;

import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.core.ApplicationModulesFactory;
import org.springframework.modulith.core.ModulithMetadata;

/**
 * Spring Modulith's model of the application's modules, read once per test JVM and shared by {@code ModularityTests}
 * and every module test ({@link ModuleTest}, through the {@link Factory} named in {@code META-INF/spring.factories}).
 * It is the model {@code ApplicationModules.of(ClientCareApplication.class)} builds, from the same classes with the
 * same import option, and answers every question the same way; it only remembers which module holds a type. Spring
 * Modulith asks that for every dependency of every class each time it works out a module's dependencies (for their
 * ordering, the verification, each diagram, canvas and table row), and answers it by walking the list of classes of
 * every module; the modules do not change once read, so the first answer for a type is the answer for good.
 */
public final class ModuleModel extends ApplicationModules {

	private static final ThreadLocal<Lookups> READING = new ThreadLocal<>();

	private static volatile ModuleModel model;

	private final Lookups lookups;

	private ModuleModel(ModulithMetadata metadata, Lookups lookups) {
		super(metadata, DescribedPredicate.alwaysFalse(), new ImportOption.DoNotIncludeTests());
		this.lookups = lookups;
	}

	/** The application's modules, read at the first call in this JVM. */
	public static ApplicationModules of() {
		ModuleModel read = model;
		if (read == null) {
			synchronized (ModuleModel.class) {
				read = model;
				if (read == null) {
					read = model = read();
				}
			}
		}
		return read;
	}

	private static ModuleModel read() {
		ModulithMetadata metadata = ModulithMetadata.of(ClientCareApplication.class);
		if (metadata.getSharedModuleIdentifiers().findAny().isPresent()) {
			// ApplicationModules.of adds the shared modules by a private step this model cannot take
			throw new IllegalStateException("Shared modules are declared: read the modules with ApplicationModules.of");
		}
		Lookups lookups = new Lookups();
		READING.set(lookups);
		try {
			return new ModuleModel(metadata, lookups);
		}
		finally {
			READING.remove();
		}
	}

	/** The look-ups, also while Spring Modulith orders the modules as it reads them (before the field is set). */
	private Lookups lookups() {
		return lookups != null ? lookups : READING.get();
	}

	@Override
	public boolean contains(JavaClass type) {
		Lookups known = lookups();
		return known == null ? super.contains(type)
				: known.contained.computeIfAbsent(type, super::contains);
	}

	@Override
	public Optional<ApplicationModule> getModuleByType(JavaClass type) {
		Lookups known = lookups();
		return known == null ? super.getModuleByType(type)
				: known.byType.computeIfAbsent(type, super::getModuleByType);
	}

	@Override
	public Optional<ApplicationModule> getModuleByType(String candidate) {
		Lookups known = lookups();
		return known == null ? super.getModuleByType(candidate)
				: known.byName.computeIfAbsent(candidate, super::getModuleByType);
	}

	private static final class Lookups {

		final Map<JavaClass, Boolean> contained = new ConcurrentHashMap<>();

		final Map<JavaClass, Optional<ApplicationModule>> byType = new ConcurrentHashMap<>();

		final Map<String, Optional<ApplicationModule>> byName = new ConcurrentHashMap<>();
	}

	/** Hands the module tests the model {@code ModularityTests} reads, so that a test JVM reads the classes once. */
	public static final class Factory implements ApplicationModulesFactory {

		@Override
		public ApplicationModules of(Class<?> applicationClass) {
			return applicationClass == ClientCareApplication.class ? ModuleModel.of()
					: ApplicationModulesFactory.defaultFactory().of(applicationClass);
		}
	}
}
