package io.github.cartesia4j.contract;

import java.nio.file.Files;
import java.nio.file.Path;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.media.Schema;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * Finding and reading the OpenAPI documents.
 */
class ApiDocumentTests {

	@Test
	void theDocumentsAreReadFromSharedBesideTheRepositoryNotFromIt() {
		Path directory = ApiDocument.directory();
		assertThat(directory).endsWith(Path.of("shared", "cartesia-api", "openapi"));
		Path repository = Path.of("").toAbsolutePath();
		while (repository != null && !Files.exists(repository.resolve(".git"))) {
			repository = repository.getParent();
		}
		if (repository != null) {
			assertThat(directory.startsWith(repository)).as("%s is outside the repository %s", directory, repository)
				.isFalse();
		}
		for (ApiDocument document : ApiDocument.values()) {
			assertThat(Files.isRegularFile(document.path())).as("%s exists", document.path()).isTrue();
		}
	}

	@Test
	void aConfiguredLocationThatIsNotAFolderFailsClearly() {
		System.setProperty(ApiDocument.LOCATION_PROPERTY, "no/such/folder");
		try {
			assertThatIllegalStateException().isThrownBy(ApiDocument::directory)
				.withMessageContaining(ApiDocument.LOCATION_PROPERTY)
				.withMessageContaining("no/such/folder");
		}
		finally {
			System.clearProperty(ApiDocument.LOCATION_PROPERTY);
		}
	}

	@Test
	void nullableBesideAReferenceIsKept() {
		OpenAPI api = ApiDocument.CURRENT.api();
		Schema<?> gender = (Schema<?>) api.getComponents().getSchemas().get("Voice").getProperties().get("gender");
		assertThat(gender.getNullable()).isTrue();
		assertThat(String.valueOf(gender.getEnum())).contains("feminine");
		Schema<?> genderPresentation = api.getComponents().getSchemas().get("GenderPresentation");
		assertThat(genderPresentation.getNullable()).as("the referenced schema itself").isNotEqualTo(Boolean.TRUE);
	}

	@Test
	void eachDocumentDeclaresTheVersionsItIsUsedFor() {
		assertThat(ApiDocument.CURRENT.api().getComponents().getParameters().get("CartesiaVersionHeader").getSchema()
			.getEnum()).containsExactly("2025-11-04");
		assertThat(ApiDocument.MULTI_VERSION.api().getComponents().getParameters().get("CartesiaVersionHeader")
			.getSchema()
			.getEnum()).contains("2024-11-13", "2025-04-16", "2025-11-04");
	}

}
