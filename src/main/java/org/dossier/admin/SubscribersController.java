package org.dossier.admin;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.dossier.accounts.AuditLog;
import org.dossier.admin.TeamPages.SubscriberPage;
import org.dossier.admin.TeamPages.SubscribersPage;
import org.dossier.subscriptions.SubscriberCsv;
import org.dossier.subscriptions.SubscriberDirectory;
import org.dossier.web.NotFoundException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The mailing list for the team: search and filters, one person's record and consents, unsubscribe, erase, CSV. */
@Controller
class SubscribersController {

    private static final int SIZE = 50;

    private final SubscriberDirectory directory;
    private final SubscriberCsv csv;
    private final SubscriberImports imports;
    private final Uploads uploads;
    private final Jobs jobs;
    private final AuditLog audit;

    SubscribersController(SubscriberDirectory directory, SubscriberCsv csv, SubscriberImports imports, Uploads uploads,
                          Jobs jobs, AuditLog audit) {
        this.directory = directory;
        this.csv = csv;
        this.imports = imports;
        this.uploads = uploads;
        this.jobs = jobs;
        this.audit = audit;
    }

    @GetMapping("/admin/subscribers")
    String list(AdminContext ctx, @RequestParam(defaultValue = "") String q,
                @RequestParam(defaultValue = "") String status, @RequestParam(defaultValue = "0") long topic,
                @RequestParam(defaultValue = "1") int page, Model model) {
        SubscriberDirectory.Filter filter;
        try {
            filter = new SubscriberDirectory.Filter(q, status, topic);
        } catch (org.dossier.subscriptions.InvalidInputException e) {
            throw new Refusal(400, e.getMessage());
        }
        JobView running = jobs.latest(SubscriberImports.KIND).map(Job::view).orElse(null);
        model.addAttribute("page", new SubscribersPage(ctx, directory.search(filter, Math.max(1, page), SIZE), filter,
                directory.topics(), running, List.of()));
        return "admin/subscribers";
    }

    @GetMapping("/admin/subscribers/{id}")
    String show(AdminContext ctx, @PathVariable long id, Model model) {
        model.addAttribute("page", new SubscriberPage(ctx, directory.record(id)
                .orElseThrow(() -> new NotFoundException("subscriber " + id))));
        return "admin/subscriber";
    }

    @PostMapping("/admin/subscribers/{id}/unsubscribe")
    String unsubscribe(AdminContext ctx, @PathVariable long id, RedirectAttributes redirect) {
        requireExists(id);
        directory.unsubscribe(id, ctx.actor());
        audit.record(ctx.actor(), "subscriber.unsubscribe", "subscriber " + id, "");
        redirect.addFlashAttribute(AdminContextResolver.NOTICE, "Unsubscribed; mail queued for this address was stopped.");
        return "redirect:/admin/subscribers/" + id;
    }

    @PostMapping("/admin/subscribers/{id}/erase")
    String erase(AdminContext ctx, @PathVariable long id, RedirectAttributes redirect) {
        requireExists(id);
        directory.erase(id);
        // the audit line names the record, never the address: erasure must not leave it behind here
        audit.record(ctx.actor(), "subscriber.erase", "subscriber " + id, "");
        redirect.addFlashAttribute(AdminContextResolver.NOTICE, "The record was erased. Only a keyed hash of the "
                + "address is kept, so an old import cannot add it again.");
        return "redirect:/admin/subscribers";
    }

    @GetMapping("/admin/subscribers/export.csv")
    void export(AdminContext ctx, HttpServletResponse response) throws IOException {
        audit.record(ctx.actor(), "subscribers.export", "subscribers", "");
        response.setContentType("text/csv;charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"subscribers.csv\"");
        csv.exportCsv(response.getWriter());
    }

    @PostMapping("/admin/subscribers/import")
    String importCsv(AdminContext ctx, @RequestParam(required = false) MultipartFile file,
                     @RequestParam(defaultValue = "admin") String source) throws IOException {
        var busy = jobs.busy(SubscriberImports.KIND);
        if (busy.isPresent()) {
            return "redirect:/admin/jobs/" + busy.get().id();
        }
        Job job = imports.start(uploads.keep(file, "CSV", ".csv", ".txt"), source, ctx.actor());
        return "redirect:/admin/jobs/" + job.id();
    }

    private void requireExists(long id) {
        directory.record(id).orElseThrow(() -> new NotFoundException("subscriber " + id));
    }
}
