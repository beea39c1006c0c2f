package org.dossier.admin;

import org.dossier.admin.TeamPages.MailPage;
import org.dossier.admin.TeamPages.OutboxPage;
import org.dossier.mail.MailLog;
import org.dossier.mail.Outbox;
import org.dossier.web.NotFoundException;
import org.dossier.web.Paged;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The outbox for the team: every mail with its state (captured mail, when no SMTP server is set,
 * is one of them), one mail with its headers and bodies, and a retry for a failed one. The same
 * list is served as JSON at {@code /admin/mail} for scripts.
 */
@Controller
class OutboxController {

    private static final int SIZE = 50;

    private final MailLog log;
    private final Outbox outbox;

    OutboxController(MailLog log, Outbox outbox) {
        this.log = log;
        this.outbox = outbox;
    }

    @GetMapping("/admin/mail/outbox")
    String list(AdminContext ctx, @RequestParam(defaultValue = "") String status,
                @RequestParam(defaultValue = "") String recipient, @RequestParam(defaultValue = "") String batch,
                @RequestParam(defaultValue = "1") int page, Model model) {
        MailLog.Filter filter = new MailLog.Filter(status, recipient, batch);
        int p = Math.max(1, page);
        var mails = new Paged<>(log.page(filter, SIZE, (int) Paged.offset(p, SIZE)), p, SIZE, log.count(filter));
        model.addAttribute("page", new OutboxPage(ctx, mails, filter, outbox.progress(null), log.delivering()));
        return "admin/outbox";
    }

    @GetMapping("/admin/mail/outbox/{id}")
    String mail(AdminContext ctx, @PathVariable long id, Model model) {
        model.addAttribute("page", new MailPage(ctx, find(id)));
        return "admin/mail";
    }

    /** The HTML body alone, for the sandboxed frame on the mail page. */
    @GetMapping("/admin/mail/outbox/{id}/body.html")
    ResponseEntity<String> body(@PathVariable long id) {
        return SandboxedHtml.of(find(id).content().html());
    }

    @PostMapping("/admin/mail/outbox/{id}/retry")
    String retry(AdminContext ctx, @PathVariable long id, RedirectAttributes redirect) {
        find(id);
        if (!log.retry(id)) {
            throw new Refusal(409, "Only a failed mail can be retried; this one is not failed (any more).");
        }
        redirect.addFlashAttribute(AdminContextResolver.NOTICE, "The mail is queued again.");
        return "redirect:/admin/mail/outbox/" + id;
    }

    private MailLog.Mail find(long id) {
        return log.mail(id).orElseThrow(() -> new NotFoundException("mail " + id));
    }
}
