package org.smimeconformance.steps.runner;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.util.Map;

/**
 * The features that ship with the suite, as a folder: inside the runnable jar, or in the build's
 * classes folder. Read by the living documentation, which parses them again for their rules and
 * readings.
 */
final class ShippedFeatures {

    private ShippedFeatures() {
    }

    static Path folder() {
        URL url = ShippedFeatures.class.getClassLoader().getResource(FeatureRun.FEATURES_PACKAGE);
        if (url == null) {
            throw new IllegalStateException("the features are not on the class path");
        }
        try {
            URI uri = url.toURI();
            if ("jar".equals(uri.getScheme())) {
                FileSystem jar;
                try {
                    jar = FileSystems.newFileSystem(uri, Map.of());
                } catch (FileSystemAlreadyExistsException e) {
                    jar = FileSystems.getFileSystem(uri);
                }
                return jar.getPath("/" + FeatureRun.FEATURES_PACKAGE);
            }
            return Path.of(uri);
        } catch (URISyntaxException e) {
            throw new IllegalStateException("cannot locate the features: " + url, e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the jar holding the features: " + url, e);
        }
    }
}
