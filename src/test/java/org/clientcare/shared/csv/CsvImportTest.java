package org.clientcare.shared.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.junit.jupiter.api.Test;

class CsvImportTest {

	@Test
	void theImportingThreadStoresTheBatchesWhileOtherThreadsReadTheFileAndCheckItsRecords() {
		StringBuilder csv = new StringBuilder("name,number\n");
		for (int i = 1; i <= 5_000; i++) {
			csv.append("row ").append(i).append(',').append(i).append('\n');
		}
		Set<Thread> readers = ConcurrentHashMap.newKeySet();
		InputStream in = new FilterInputStream(new ByteArrayInputStream(csv.toString().getBytes(StandardCharsets.UTF_8))) {
			@Override
			public int read(byte[] buffer, int offset, int length) throws IOException {
				readers.add(Thread.currentThread());
				return super.read(buffer, offset, length);
			}
		};
		CsvFile file = CsvFile.of(in);
		readers.clear();
		Set<Thread> checkers = ConcurrentHashMap.newKeySet();
		List<Long> stored = new ArrayList<>();

		boolean whole = CsvImport.run(file, 500, row -> {
			checkers.add(Thread.currentThread());
			return CsvImport.Checked.of(row.line(), row.fields().get(1));
		}, batch -> {
			batch.records().forEach(record -> stored.add(Long.valueOf(record.value())));
			return true;
		});

		assertThat(whole).isTrue();
		assertThat(stored).hasSize(5_000).isSorted().startsWith(1L).endsWith(5_000L);
		assertThat(readers).as("the file read after its header").isNotEmpty().doesNotContain(Thread.currentThread());
		assertThat(checkers).isNotEmpty().doesNotContain(Thread.currentThread());
	}

	@Test
	void anImporterThatStopsAfterABatchIsAnsweredFalseAndStoresNoFurtherBatch() {
		StringBuilder csv = new StringBuilder("name\n");
		for (int i = 1; i <= 30; i++) {
			csv.append("row ").append(i).append('\n');
		}
		List<Integer> sizes = new ArrayList<>();

		boolean whole = CsvImport.run(CsvFile.of(new ByteArrayInputStream(csv.toString().getBytes(StandardCharsets.UTF_8))),
				10, row -> CsvImport.Checked.of(row.line(), row.fields().get(0)), batch -> {
					sizes.add(batch.records().size());
					return false;
				});

		assertThat(whole).isFalse();
		assertThat(sizes).containsExactly(10);
	}
}
