package org.dossier.admin;

import jakarta.servlet.http.HttpServletResponse;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.dossier.accounts.AuditLog;
import org.dossier.admin.TeamPages.NewsletterRow;
import org.dossier.admin.TeamPages.NewslettersPage;
import org.dossier.newsletter.InvalidNewsletterException;
import org.dossier.newsletter.Newsletter;
import org.dossier.newsletter.Newsletters;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Newsletters for editors: list, compose, preview (the sending code renders it), test send,
 * schedule or cancel, send now as a background job. Refused input re-shows the form with what was
 * typed and the reason, with status 400, and changes nothing.
 */
@Controller
class NewslettersController {

    private final Newsletters newsletters;
    private final NewsletterScreens screens;
    private final NewsletterSending sending;
    private final AuditLog audit;

    NewslettersController(Newsletters newsletters, NewsletterScreens screens, NewsletterSending sending,
                          AuditLog audit) {
        this.newsletters = newsletters;
        this.screens = screens;
        this.sending = sending;
        this.audit = audit;
    }

    @GetMapping("/admin/newsletters")
    String list(AdminContext ctx, Model model) {
        List<NewsletterRow> rows = newsletters.latest(100).stream()
                .map(n -> new NewsletterRow(n, n.batch() == null ? java.util.Map.of() : newsletters.progress(n.id())))
                .toList();
        model.addAttribute("page", new NewslettersPage(ctx, rows));
        return "admin/newsletters";
    }

    @GetMapping("/admin/newsletters/new")
    String compose(AdminContext ctx, Model model) {
        model.addAttribute("page", screens.page(ctx, null, new NewsletterForm("", "", null, null), List.of()));
        return "admin/newsletter";
    }

    @PostMapping("/admin/newsletters")
    String create(AdminContext ctx, NewsletterForm form, Model model, HttpServletResponse response,
                  RedirectAttributes redirect) {
        try {
            long id = newsletters.create(form.input());
            audit.record(ctx.actor(), "newsletter.create", "newsletter " + id, form.subject());
            redirect.addFlashAttribute(AdminContextResolver.NOTICE, "Newsletter saved as a draft.");
            return "redirect:/admin/newsletters/" + id;
        } catch (InvalidNewsletterException e) {
            response.setStatus(400);
            model.addAttribute("page", screens.page(ctx, null, form, List.of(e.getMessage())));
            return "admin/newsletter";
        }
    }

    @GetMapping("/admin/newsletters/{id}")
    String show(AdminContext ctx, @PathVariable long id, Model model) {
        Newsletter n = screens.find(id);
        model.addAttribute("page", screens.page(ctx, n, NewsletterForm.of(n, newsletters.publicationIds(id)),
                List.of()));
        return "admin/newsletter";
    }

    @PostMapping("/admin/newsletters/{id}")
    String update(AdminContext ctx, @PathVariable long id, NewsletterForm form, Model model,
                  HttpServletResponse response, RedirectAttributes redirect) {
        Newsletter n = screens.find(id);
        try {
            newsletters.update(id, form.input());
        } catch (InvalidNewsletterException e) {
            return refuse(ctx, n, form, e.getMessage(), model, response);
        }
        redirect.addFlashAttribute(AdminContextResolver.NOTICE, "Newsletter saved.");
        return "redirect:/admin/newsletters/" + id;
    }

    /** The HTML mail exactly as the sending code renders it, for the sandboxed preview frame. */
    @GetMapping("/admin/newsletters/{id}/preview.html")
    ResponseEntity<String> preview(@PathVariable long id) {
        screens.find(id);
        return SandboxedHtml.of(newsletters.preview(id).html());
    }

    @PostMapping("/admin/newsletters/{id}/test")
    String test(AdminContext ctx, @PathVariable long id, @RequestParam(defaultValue = "") String email, Model model,
                HttpServletResponse response, RedirectAttributes redirect) {
        Newsletter n = screens.find(id);
        try {
            newsletters.testSend(id, email.strip());
        } catch (InvalidNewsletterException e) {
            return refuse(ctx, n, null, e.getMessage(), model, response);
        }
        redirect.addFlashAttribute(AdminContextResolver.NOTICE, "A test copy is on its way to " + email.strip() + ".");
        return "redirect:/admin/newsletters/" + id;
    }

    /** {@code at} is a date and time in UTC as a {@code datetime-local} field sends it (2026-12-01T08:00). */
    @PostMapping("/admin/newsletters/{id}/schedule")
    String schedule(AdminContext ctx, @PathVariable long id, @RequestParam(defaultValue = "") String at, Model model,
                    HttpServletResponse response, RedirectAttributes redirect) {
        Newsletter n = screens.find(id);
        try {
            Instant when = parse(at);
            newsletters.schedule(id, when);
            audit.record(ctx.actor(), "newsletter.schedule", "newsletter " + id, when.toString());
        } catch (InvalidNewsletterException e) {
            return refuse(ctx, n, null, e.getMessage(), model, response);
        }
        redirect.addFlashAttribute(AdminContextResolver.NOTICE, "Newsletter scheduled.");
        return "redirect:/admin/newsletters/" + id;
    }

    @PostMapping("/admin/newsletters/{id}/cancel")
    String cancel(AdminContext ctx, @PathVariable long id, Model model, HttpServletResponse response,
                  RedirectAttributes redirect) {
        Newsletter n = screens.find(id);
        try {
            newsletters.cancelSchedule(id);
            audit.record(ctx.actor(), "newsletter.cancel", "newsletter " + id, "");
        } catch (InvalidNewsletterException e) {
            return refuse(ctx, n, null, e.getMessage(), model, response);
        }
        redirect.addFlashAttribute(AdminContextResolver.NOTICE, "The schedule is cancelled; the newsletter is a draft again.");
        return "redirect:/admin/newsletters/" + id;
    }

    @PostMapping("/admin/newsletters/{id}/send")
    String send(AdminContext ctx, @PathVariable long id, Model model, HttpServletResponse response) {
        Newsletter n = screens.find(id);
        if (n.status().equals("sent")) {
            return refuse(ctx, n, null, "This newsletter has already been sent.", model, response);
        }
        Job job = sending.start(n, ctx.actor());
        return "redirect:/admin/jobs/" + job.id();
    }

    /** Delivery so far, in the shape of a job's status, read from the outbox (so it survives a restart). */
    @GetMapping("/admin/newsletters/{id}/progress")
    @ResponseBody
    JobView progress(@PathVariable long id) {
        return screens.delivery(screens.find(id));
    }

    private String refuse(AdminContext ctx, Newsletter n, NewsletterForm typed, String message, Model model,
                          HttpServletResponse response) {
        response.setStatus(400);
        NewsletterForm form = typed != null ? typed : NewsletterForm.of(n, newsletters.publicationIds(n.id()));
        model.addAttribute("page", screens.page(ctx, n, form, List.of(message)));
        return "admin/newsletter";
    }

    private static Instant parse(String at) {
        try {
            return LocalDateTime.parse(at.strip()).toInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException e) {
            throw new InvalidNewsletterException("Give the sending date and time as 2026-12-01T08:00 (UTC).");
        }
    }
}
