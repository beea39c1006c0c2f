package org.dossier.demo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;

/** Writes the demo's generated files under {@code <data-dir>/media/demo/}, which the site serves at {@code /media/demo/}. */
final class Media {

    static final int FEATURES = 24;
    static final int FIGURES = 12;
    private final Path root;
    private int files;

    Media(Path mediaDir) {
        this.root = mediaDir.resolve("demo");
    }

    /** Writes the shared pool of featured and in-body pictures. */
    void writePictures(Random random) {
        for (int i = 1; i <= FEATURES; i++) {
            write("features/feature-" + i + ".svg", Svg.pattern(random, i).getBytes(StandardCharsets.UTF_8));
        }
        for (int i = 1; i <= FIGURES; i++) {
            write("figures/figure-" + i + ".svg", Svg.pattern(random, i + 1).getBytes(StandardCharsets.UTF_8));
        }
    }

    static String feature(int n) {
        return "/media/demo/features/feature-" + (1 + Math.floorMod(n, FEATURES)) + ".svg";
    }

    static String figure(int n) {
        return "/media/demo/figures/figure-" + (1 + Math.floorMod(n, FIGURES)) + ".svg";
    }

    /** Writes a file below the demo folder and returns its public URL. */
    String write(String relative, byte[] bytes) {
        Path file = root.resolve(relative);
        try {
            Files.createDirectories(file.getParent());
            Files.write(file, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write demo media " + file, e);
        }
        files++;
        return "/media/demo/" + relative;
    }

    int files() {
        return files;
    }

    Path root() {
        return root;
    }
}
