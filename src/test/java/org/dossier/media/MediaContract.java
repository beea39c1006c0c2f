package org.dossier.media;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import javax.imageio.ImageIO;
import org.dossier.accounts.Role;
import org.dossier.accounts.User;
import org.dossier.publications.FeaturedImage;
import org.dossier.publications.PublicationInput;
import org.dossier.publications.PublicationRepository;
import org.dossier.publications.Status;
import org.dossier.system.DossierProperties;
import org.dossier.testing.Accounts;
import org.dossier.testing.Fixtures;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

/** Uploads through the media screen: content checks, re-encoding, EXIF removal, variants and srcset. */
abstract class MediaContract {

    @Autowired MockMvc mvc;
    @Autowired Accounts accounts;
    @Autowired MediaService media;
    @Autowired DossierProperties site;
    @Autowired Fixtures fixtures;
    @Autowired PublicationRepository publications;

    private User author;

    @BeforeEach
    void setUp() {
        author = accounts.create(Role.AUTHOR);
    }

    static byte[] jpeg(int width, int height) throws Exception {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(30, 80, 140));
        g.fillRect(0, 0, width, height);
        g.setColor(Color.ORANGE);
        g.fillOval(width / 4, height / 4, width / 2, height / 2);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "jpeg", out);
        return out.toByteArray();
    }

    /** A JPEG carrying an EXIF segment with a camera serial and GPS position, as phones write them. */
    static byte[] jpegWithExif(int width, int height) throws Exception {
        byte[] plain = jpeg(width, height);
        byte[] payload = ("Exif\0\0MM\0*GPSLatitude 37.5665 N GPSLongitude 126.9780 E BodySerialNumber CAM-12345")
                .getBytes(StandardCharsets.ISO_8859_1);
        int length = payload.length + 2;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(plain, 0, 2);
        out.write(new byte[] {(byte) 0xFF, (byte) 0xE1, (byte) (length >> 8), (byte) length});
        out.write(payload);
        out.write(plain, 2, plain.length - 2);
        return out.toByteArray();
    }

    private MockHttpServletResponse upload(String name, String type, byte[] bytes) throws Exception {
        return mvc.perform(multipart("/admin/media").file(new MockMultipartFile("file", name, type, bytes))
                .with(csrf()).with(Accounts.as(author))).andReturn().getResponse();
    }

    @Test
    void imageIsReencodedWithoutExifIntoWidthVariantsServedWithSrcset() throws Exception {
        byte[] original = jpegWithExif(1000, 600);
        assertThat(new String(original, StandardCharsets.ISO_8859_1)).contains("GPSLatitude");
        assertThat(upload("harbour.jpg", "image/jpeg", original).getStatus()).isEqualTo(302);

        MediaItem item = media.recent(1, 0).get(0);
        assertThat(item.url()).matches("/media/img/\\d{4}/[0-9a-f]{18}-1000x600\\.jpg");
        assertThat(item.width()).isEqualTo(1000);
        Path file = site.mediaDir().resolve(item.url().substring("/media/".length()));
        String stored = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
        assertThat(stored).doesNotContain("GPSLatitude").doesNotContain("Exif").doesNotContain("CAM-12345");
        assertThat(Files.exists(file.resolveSibling(file.getFileName().toString().replace("-1000x600", "-480w")))).isTrue();
        assertThat(Files.exists(file.resolveSibling(file.getFileName().toString().replace("-1000x600", "-800w")))).isTrue();
        assertThat(ImageIO.read(file.toFile()).getWidth()).isEqualTo(1000);
        assertThat(mvc.perform(get(item.url())).andReturn().getResponse().getHeader("X-Content-Type-Options"))
                .isEqualTo("nosniff");

        var section = fixtures.section("Media");
        var post = fixtures.post(section, "With an uploaded image", Status.PUBLISHED, java.time.Instant.now());
        long id = fixtures.save(new PublicationInput(null, null, post.sectionId(), post.typeId(), null, post.title(), null,
                null, post.bodyMd(), post.status(), post.publishedAt(), null, post.authorIds(), post.topicIds(),
                post.regionIds(), post.tagIds(), new FeaturedImage(item.url(), "Harbour", "", "", ""), null, null));
        String html = mvc.perform(get(publications.byId(id).orElseThrow().url())).andReturn().getResponse()
                .getContentAsString();
        var img = Jsoup.parse(html).selectFirst(".featured img");
        assertThat(img.attr("srcset")).contains("-480w.jpg 480w", "-800w.jpg 800w", "-1000x600.jpg 1000w");
        assertThat(img.attr("width")).isEqualTo("1000");
        assertThat(img.attr("height")).isEqualTo("600");
    }

    @Test
    void polyglotsRenamedFilesAndActivePdfsAreRefusedAndNothingIsStored() throws Exception {
        int before = media.recent(1000, 0).size();
        byte[] jpeg = jpeg(200, 100);
        byte[] script = "<script>alert(document.domain)</script>".getBytes(StandardCharsets.US_ASCII);
        byte[] polyglot = Arrays.copyOf(jpeg, jpeg.length + script.length);
        System.arraycopy(script, 0, polyglot, jpeg.length, script.length);
        byte[] gifScript = "GIF89a/*<svg onload=alert(1)>*/=1;alert(1)".getBytes(StandardCharsets.US_ASCII);
        byte[] html = "<!doctype html><html><script>alert(1)</script></html>".getBytes(StandardCharsets.US_ASCII);
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(10, 10, BufferedImage.TYPE_INT_ARGB), "png", png);
        byte[] activePdf = "%PDF-1.4\n1 0 obj << /Type /Catalog /OpenAction << /S /JavaScript /JS (app.alert(1)) >> >>\n%%EOF"
                .getBytes(StandardCharsets.US_ASCII);

        assertRefused(upload("photo.jpg", "image/jpeg", polyglot), "markup or script");
        assertRefused(upload("anim.gif", "image/gif", gifScript), "markup or script");
        assertRefused(upload("photo.jpg", "image/jpeg", html), "not a JPEG, PNG, GIF or PDF");
        assertRefused(upload("photo.jpg", "image/jpeg", png.toByteArray()), "content is PNG");
        assertRefused(upload("report.pdf", "application/pdf", activePdf), "scripts");
        assertRefused(upload("empty.jpg", "image/jpeg", new byte[0]), "Choose a file");
        assertThat(media.recent(1000, 0)).hasSize(before);

        byte[] cleanPdf = "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n%%EOF".getBytes(StandardCharsets.US_ASCII);
        assertThat(upload("report.pdf", "application/pdf", cleanPdf).getStatus()).isEqualTo(302);
        assertThat(media.recent(1, 0).get(0).url()).matches("/media/files/\\d{4}/[0-9a-f]{18}\\.pdf");
    }

    private static void assertRefused(MockHttpServletResponse response, String message) throws Exception {
        assertThat(response.getStatus()).isEqualTo(400);
        assertThat(Jsoup.parse(response.getContentAsString()).select(".errors").text()).contains(message);
    }
}
