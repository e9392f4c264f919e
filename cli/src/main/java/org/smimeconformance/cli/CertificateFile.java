package org.smimeconformance.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A file holding certificates or CRLs, as an administrator has them: one DER structure, or PEM
 * text with one or more {@code -----BEGIN ...-----} blocks.
 *
 * <p>Nothing is decoded here: each PEM block is handed to the implementation under test as its
 * own entry, text and all, and a file without any PEM block is handed over whole (DER, or
 * whatever it holds: the implementation decides whether it can read it). Private key blocks
 * are left out, so a file holding a key beside its certificate works and the key never reaches
 * the implementation.
 *
 * @param path    the file as named on the command line
 * @param entries the certificates or CRLs it holds, in file order
 */
record CertificateFile(Path path, List<byte[]> entries) {

    private static final Pattern PEM_BLOCK = Pattern.compile(
            "-----BEGIN ([A-Z0-9 ]+)-----.*?-----END \\1-----", Pattern.DOTALL);

    private static final String BEGIN = "-----BEGIN ";

    CertificateFile {
        entries = List.copyOf(entries);
    }

    /**
     * Reads the file and splits it into entries.
     *
     * @throws Unreadable when the file does not exist or cannot be read, or holds nothing but
     *                    private keys
     */
    static CertificateFile read(Path path) {
        byte[] content;
        try {
            content = Files.readAllBytes(path);
        } catch (IOException e) {
            throw new Unreadable(path, reason(e));
        }
        return new CertificateFile(path, split(path, content));
    }

    /**
     * The entries of these files, one file after the other, each in file order.
     *
     * @throws Unreadable when one of the files cannot be used
     */
    static List<byte[]> entries(List<Path> files) {
        List<byte[]> all = new ArrayList<>();
        for (Path file : files) {
            all.addAll(read(file).entries());
        }
        return all;
    }

    private static List<byte[]> split(Path path, byte[] content) {
        // ISO-8859-1 maps every byte to one char, so offsets in the text are offsets in the bytes.
        String text = new String(content, StandardCharsets.ISO_8859_1);
        if (!text.contains(BEGIN)) {
            return List.of(content);
        }
        List<byte[]> blocks = new ArrayList<>();
        boolean skippedKey = false;
        Matcher m = PEM_BLOCK.matcher(text);
        while (m.find()) {
            if (m.group(1).contains("PRIVATE KEY")) {
                skippedKey = true;
                continue;
            }
            blocks.add((m.group() + "\n").getBytes(StandardCharsets.ISO_8859_1));
        }
        if (blocks.isEmpty()) {
            if (skippedKey) {
                throw new Unreadable(path, "it holds only private keys, no certificate or CRL");
            }
            // A BEGIN line without its END: let the implementation say what it makes of it.
            return List.of(content);
        }
        return blocks;
    }

    private static String reason(IOException e) {
        if (e instanceof NoSuchFileException) {
            return "no such file";
        }
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        String message = e.getMessage();
        return message == null ? e.getClass().getSimpleName() : message;
    }

    /** The file cannot be used at all: exit 2 with "cannot read FILE: reason". */
    static final class Unreadable extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Unreadable(Path path, String reason) {
            super("cannot read " + path + ": " + reason);
        }
    }
}
