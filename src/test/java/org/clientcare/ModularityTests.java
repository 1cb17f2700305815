package org.clientcare;

import org.junit.jupiter.api.Test;

import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

class ModularityTests {

	static final ApplicationModules modules = ApplicationModules.of(ClientCareApplication.class);

	@Test
	void modulesOnlyUseEachOthersPublicFaceAndFormNoCycles() {
		modules.verify();
	}

	@Test
	void writesTheModuleDiagramsIntoDocs() {
		new Documenter(modules, Documenter.Options.defaults().withOutputFolder("docs/modules"))
			.writeModulesAsPlantUml()
			.writeIndividualModulesAsPlantUml()
			.writeModuleCanvases();
	}
}
