package org.dossier.admin;

import java.util.Map;
import org.dossier.accounts.AuditLog;
import org.dossier.admin.SearchPages.JobPage;
import org.dossier.search.IndexRebuilder;
import org.dossier.web.NotFoundException;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * Starts the index rebuild as a background job and shows its progress: the page shows the state at
 * each load (so it works without script) and {@code jobs.js} polls the JSON status to move the bar.
 */
@Controller
class JobsController {

    static final String REINDEX = "reindex";

    private final Jobs jobs;
    private final IndexRebuilder rebuilder;
    private final AuditLog audit;

    JobsController(Jobs jobs, IndexRebuilder rebuilder, AuditLog audit) {
        this.jobs = jobs;
        this.rebuilder = rebuilder;
        this.audit = audit;
    }

    @PostMapping("/admin/jobs/reindex")
    String reindex(AdminContext ctx) {
        Job job = jobs.start(REINDEX, "Rebuilding the search index", rebuilder.documentsToIndex(), (progress, tracker) -> {
            IndexRebuilder.Result r = rebuilder.rebuild(progress);
            return "Indexed " + r.documents() + " publications into generation " + r.generation() + " in "
                    + r.millis() + " ms.";
        });
        audit.record(ctx.actor(), "search.reindex", "search index", "job " + job.id());
        return "redirect:/admin/jobs/" + job.id();
    }

    @GetMapping("/admin/jobs/{id}")
    String job(AdminContext ctx, @PathVariable String id, Model model) {
        Job job = jobs.find(id).orElseThrow(() -> new NotFoundException("job " + id));
        model.addAttribute("page", new JobPage(ctx, job.view()));
        return "admin/job";
    }

    @GetMapping("/admin/jobs/{id}/status")
    @ResponseBody
    ResponseEntity<?> status(@PathVariable String id) {
        return jobs.find(id).<ResponseEntity<?>>map(j -> ResponseEntity.ok(j.view()))
                .orElseGet(() -> ResponseEntity.status(404).body(Map.of("status", 404, "error", "Not found",
                        "message", "No such job; jobs are forgotten when the application restarts.")));
    }
}
