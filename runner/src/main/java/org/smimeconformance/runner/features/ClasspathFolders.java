package org.smimeconformance.runner.features;

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
 * A folder of the class path as a {@link Path}, whether it lies in a jar or in a classes folder.
 * A jar is opened as a file system for as long as the folder is open, then closed again: Cucumber
 * opens the same jar for its own scanning and refuses a file system someone else left open.
 */
public final class ClasspathFolders {

    /** The class path folder the suite's features are packaged under. */
    public static final String FEATURES = "features";

    /** The class path folder of the sanity scenario, apart from the features. */
    public static final String SANITY = "sanity";

    private ClasspathFolders() {
    }

    /** An open class path folder; close it when done. */
    public static final class Folder implements AutoCloseable {

        private final Path path;
        private final FileSystem opened;

        private Folder(Path path, FileSystem opened) {
            this.path = path;
            this.opened = opened;
        }

        public Path path() {
            return path;
        }

        @Override
        public void close() {
            if (opened != null) {
                try {
                    opened.close();
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot close " + opened, e);
                }
            }
        }
    }

    /** @param folder a class path folder such as {@code features} or {@code org/smimeconformance/steps/glue} */
    public static Folder open(String folder) {
        URL url = ClasspathFolders.class.getClassLoader().getResource(folder);
        if (url == null) {
            throw new IllegalStateException("not on the class path: " + folder);
        }
        try {
            URI uri = url.toURI();
            if ("jar".equals(uri.getScheme())) {
                try {
                    FileSystem jar = FileSystems.newFileSystem(uri, Map.of());
                    return new Folder(jar.getPath("/" + folder), jar);
                } catch (FileSystemAlreadyExistsException e) {
                    // opened by an enclosing Folder of the same jar, which will close it
                    return new Folder(FileSystems.getFileSystem(uri).getPath("/" + folder), null);
                }
            }
            return new Folder(Path.of(uri), null);
        } catch (URISyntaxException e) {
            throw new IllegalStateException("not a class path location: " + url, e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the jar holding " + folder, e);
        }
    }

    /** The features shipped with the suite. */
    public static Folder shippedFeatures() {
        return open(FEATURES);
    }
}
