package org.dossier.subscriptions;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Map;
import org.dossier.subscriptions.SubscriptionPages.PreferencesPage;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The preference centre at the signed link in every mail. {@code POST …/unsubscribe} is also the
 * RFC 8058 one-click target of the {@code List-Unsubscribe} header: it unsubscribes at once.
 */
@Controller
class PreferencesController {

    private final Preferences preferences;
    private final SubscriberForms forms;
    private final FormLimits limits;
    private final PageHelper pages;

    PreferencesController(Preferences preferences, SubscriberForms forms, FormLimits limits, PageHelper pages) {
        this.preferences = preferences;
        this.forms = forms;
        this.limits = limits;
        this.pages = pages;
    }

    @GetMapping("/preferences/{token}")
    String show(@PathVariable String token, Model model) {
        return page(model, token, preferences.subscriber(token), null, null);
    }

    @PostMapping("/preferences/{token}")
    String save(@PathVariable String token, @RequestParam(required = false) String name,
                @RequestParam(required = false) String organisation,
                @RequestParam(required = false) List<String> topics,
                @RequestParam(required = false) String frequency, @RequestParam(required = false) String paused,
                HttpServletRequest request, HttpServletResponse response, Model model) {
        limits.fromIp(request.getRemoteAddr());
        Subscriber s = preferences.subscriber(token);
        try {
            s = preferences.update(token, name, organisation, topics, frequency, paused != null);
            return page(model, token, s, "Your preferences are saved.", null);
        } catch (InvalidInputException e) {
            response.setStatus(400);
            return page(model, token, s, null, e.getMessage());
        }
    }

    @GetMapping("/preferences/{token}/unsubscribe")
    String unsubscribePage(@PathVariable String token, Model model) {
        Subscriber s = preferences.subscriber(token);
        return pages.button(model, "Unsubscribe", "Stop all mail to " + s.email() + "?",
                "/preferences/" + token + "/unsubscribe", "Unsubscribe from everything");
    }

    /** One click: no confirmation step, whatever the body (mail clients send "List-Unsubscribe=One-Click"). */
    @PostMapping("/preferences/{token}/unsubscribe")
    String unsubscribe(@PathVariable String token, @RequestParam(name = "List-Unsubscribe", required = false) String oneClick,
                       HttpServletResponse response, Model model) {
        Subscriber s = preferences.unsubscribe(token, "One-Click".equals(oneClick) ? "one-click" : "preference centre");
        return pages.message(model, response, 200, "You are unsubscribed",
                s.email() + " will receive no more mail from us.", "/preferences/" + token,
                "Changed your mind? Manage your subscription");
    }

    @PostMapping("/preferences/{token}/resubscribe")
    String resubscribe(@PathVariable String token, HttpServletRequest request, Model model) {
        limits.fromIp(request.getRemoteAddr());
        return page(model, token, preferences.resubscribe(token), "Welcome back: you are subscribed again.", null);
    }

    @GetMapping("/preferences/{token}/data")
    ResponseEntity<Map<String, Object>> download(@PathVariable String token) {
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"my-subscription.json\"")
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .body(preferences.export(token));
    }

    @PostMapping("/preferences/{token}/erase")
    String erase(@PathVariable String token, HttpServletRequest request, HttpServletResponse response, Model model) {
        limits.fromIp(request.getRemoteAddr());
        preferences.erase(token);
        return pages.message(model, response, 200, "Your data is erased",
                "We deleted your subscription and everything stored with it. We keep only a one-way fingerprint"
                        + " of the address so that it is never added back from an old list.");
    }

    private String page(Model model, String token, Subscriber s, String notice, String error) {
        model.addAttribute("page", new PreferencesPage(pages.chrome().chrome(),
                pages.meta("Your subscription", "Manage your subscription"), token, s, forms.topics(), notice, error));
        return "subscriptions/preferences";
    }
}
