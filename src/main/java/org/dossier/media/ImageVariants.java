package org.dossier.media;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.ImageOutputStream;

/**
 * Decodes an uploaded image and encodes fresh files from its pixels only: no EXIF (camera, GPS),
 * no comments, nothing appended. Opaque images become JPEG, images with transparency PNG.
 */
final class ImageVariants {

    /** One encoded width. */
    record Variant(int width, int height, byte[] bytes) {
    }

    /** All widths of one image, largest last, and the file extension they share. */
    record Encoded(List<Variant> variants, String extension, String mediaType) {

        Variant largest() {
            return variants.get(variants.size() - 1);
        }
    }

    private ImageVariants() {
    }

    static Encoded encode(byte[] bytes, MediaProperties properties) {
        BufferedImage image = decode(bytes, properties.maxPixels());
        boolean alpha = image.getColorModel().hasAlpha();
        String extension = alpha ? "png" : "jpg";
        int largest = Math.min(image.getWidth(), properties.widths().stream().mapToInt(Integer::intValue).max().orElse(1600));
        List<Integer> widths = new ArrayList<>();
        for (int w : properties.widths()) {
            if (w < largest) {
                widths.add(w);
            }
        }
        widths.add(largest);
        List<Variant> variants = new ArrayList<>();
        for (int w : widths.stream().sorted().distinct().toList()) {
            int h = Math.max(1, Math.round(image.getHeight() * (w / (float) image.getWidth())));
            BufferedImage scaled = scale(image, w, h, alpha);
            variants.add(new Variant(w, h, alpha ? png(scaled) : jpeg(scaled, properties.jpegQuality())));
        }
        return new Encoded(variants, extension, alpha ? "image/png" : "image/jpeg");
    }

    private static BufferedImage decode(byte[] bytes, long maxPixels) {
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                throw new MediaException("The image cannot be read.");
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                long pixels = (long) reader.getWidth(0) * reader.getHeight(0);
                if (pixels > maxPixels || pixels <= 0) {
                    throw new MediaException("The image is too large (" + reader.getWidth(0) + "×"
                            + reader.getHeight(0) + " pixels).");
                }
                return reader.read(0);
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof MediaException m) {
                throw m;
            }
            throw new MediaException("The image is damaged or not a supported kind and cannot be read.");
        }
    }

    private static BufferedImage scale(BufferedImage source, int width, int height, boolean alpha) {
        BufferedImage target = new BufferedImage(width, height, alpha ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB);
        Graphics2D g = target.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
            g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            if (!alpha) {
                g.setColor(java.awt.Color.WHITE);
                g.fillRect(0, 0, width, height);
            }
            g.drawImage(source, 0, 0, width, height, null);
        } finally {
            g.dispose();
        }
        return target;
    }

    private static byte[] jpeg(BufferedImage image, float quality) {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ImageOutputStream stream = ImageIO.createImageOutputStream(out)) {
            writer.setOutput(stream);
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(quality);
            writer.write(null, new IIOImage(image, null, null), param);
        } catch (IOException e) {
            throw new MediaException("The image could not be re-encoded.");
        } finally {
            writer.dispose();
        }
        return out.toByteArray();
    }

    private static byte[] png(BufferedImage image) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new MediaException("The image could not be re-encoded.");
        }
        return out.toByteArray();
    }
}
