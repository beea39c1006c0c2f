package org.dossier.admin;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.dossier.admin.TeamPages.ImportPage;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/** Upload a WordPress export (.xml) or a JSONL file (.jsonl, .jsonl.gz) and import it as a background job. */
@Controller
class ImportsController {

    private final ContentImports imports;
    private final Uploads uploads;
    private final Jobs jobs;

    ImportsController(ContentImports imports, Uploads uploads, Jobs jobs) {
        this.imports = imports;
        this.uploads = uploads;
        this.jobs = jobs;
    }

    @GetMapping("/admin/jobs/import")
    String form(AdminContext ctx, Model model) {
        model.addAttribute("page", new ImportPage(ctx, jobs.latest(ContentImports.KIND).map(Job::view).orElse(null),
                List.of()));
        return "admin/import";
    }

    @PostMapping("/admin/jobs/import")
    String upload(AdminContext ctx, @RequestParam(required = false) MultipartFile file) {
        var busy = jobs.busy(ContentImports.KIND);
        if (busy.isPresent()) {
            return "redirect:/admin/jobs/" + busy.get().id();
        }
        Path kept = uploads.keep(file, "WordPress export or JSONL", ".xml", ".jsonl", ".jsonl.gz");
        String name = file.getOriginalFilename() == null ? "upload" : file.getOriginalFilename();
        Job job;
        if (kept.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".xml")) {
            job = imports.startWxr(kept, name, ctx.actor());
        } else {
            try {
                job = imports.startJsonl(kept, name, ctx.actor());
            } catch (IOException e) {
                uploads.discard(kept);
                throw new Refusal(400, "The file cannot be read as JSONL (or gzip-compressed JSONL); nothing was "
                        + "imported.");
            }
        }
        return "redirect:/admin/jobs/" + job.id();
    }
}
