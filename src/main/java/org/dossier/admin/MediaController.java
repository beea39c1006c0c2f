package org.dossier.admin;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.dossier.media.MediaException;
import org.dossier.media.MediaItem;
import org.dossier.media.MediaService;
import org.dossier.admin.CatalogPages.MediaPage;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The media library: recent uploads and an upload form (every signed-in role). */
@Controller
class MediaController {

    private final MediaService media;

    MediaController(MediaService media) {
        this.media = media;
    }

    @GetMapping("/admin/media")
    String library(AdminContext ctx, Model model) {
        model.addAttribute("page", new MediaPage(ctx, media.recent(60, 0), List.of()));
        return "admin/media";
    }

    @PostMapping("/admin/media")
    String upload(AdminContext ctx, @RequestParam(required = false) MultipartFile file, Model model,
                  HttpServletResponse response, RedirectAttributes redirect) throws IOException {
        try {
            if (file == null || file.isEmpty()) {
                throw new MediaException("Choose a file to upload.");
            }
            String name = file.getOriginalFilename();
            boolean pdf = name != null && name.toLowerCase(java.util.Locale.ROOT).endsWith(".pdf");
            MediaItem item = pdf ? media.storePdf(file.getBytes(), name, ctx.actor())
                    : media.storeImage(file.getBytes(), name, ctx.actor());
            redirect.addFlashAttribute(AdminContextResolver.NOTICE, "Uploaded: " + item.url());
            return "redirect:/admin/media";
        } catch (MediaException e) {
            response.setStatus(400);
            model.addAttribute("page", new MediaPage(ctx, media.recent(60, 0), List.of(e.getMessage())));
            return "admin/media";
        }
    }
}
