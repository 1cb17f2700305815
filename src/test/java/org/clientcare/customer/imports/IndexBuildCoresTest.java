package org.clientcare.customer.imports;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A go-live load's index builds use the database server's cores: several builds at once, each helped on a larger one. */
class IndexBuildCoresTest {

	@Test
	void aSmallServerBuildsTwoIndexesAtOnceWithoutHelpers() {
		assertThat(CustomerImportProcessor.builders(1)).isEqualTo(2);
		assertThat(CustomerImportProcessor.builders(2)).isEqualTo(2);
		assertThat(CustomerImportProcessor.helpers(2)).isZero();
	}

	@Test
	void aLargerServerBuildsMoreAtOnceAndHelpsEachBuildWithTheCoresLeftOver() {
		assertThat(CustomerImportProcessor.builders(8)).isEqualTo(4);
		assertThat(CustomerImportProcessor.helpers(8)).isEqualTo(1);
		assertThat(CustomerImportProcessor.builders(32)).isEqualTo(4);
		assertThat(CustomerImportProcessor.helpers(32)).isEqualTo(7);
	}

	@Test
	void theCoresDefaultToThoseThisInstanceSees() {
		assertThat(new CustomerImportSettings(null, null, null, null, null, null, null, null, null).indexBuildCores())
			.isEqualTo(Runtime.getRuntime().availableProcessors());
		assertThat(new CustomerImportSettings(null, null, null, null, null, 16, null, null, null).indexBuildCores()).isEqualTo(16);
	}
}
