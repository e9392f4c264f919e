package org.smimeconformance.reports.results;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;

class CucumberJsonReportTest {

    @Test
    void a_feature_file_is_named_relative_to_the_features_root_however_cucumber_wrote_its_uri() {
        Path root = Path.of("features").toAbsolutePath();

        assertThat(CucumberJsonReport.featureFile("file:features/trust/limits.feature", Path.of("features")))
                .isEqualTo("trust/limits.feature");
        assertThat(CucumberJsonReport.featureFile(root.resolve("trust/limits.feature").toUri().toString(), root))
                .isEqualTo("trust/limits.feature");
        assertThat(CucumberJsonReport.featureFile("classpath:features/trust/limits.feature", null))
                .isEqualTo("trust/limits.feature");
    }
}
