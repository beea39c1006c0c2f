package org.dossier.subscriptions;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import org.dossier.subscriptions.SubscriptionPages.SubscribePage;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The sign-up box's target, the "Stay informed" page and the confirmation link. */
@Controller
class SubscribeController {

    private static final String CHECK_INBOX = "If the address can receive our mail, a message is on its way: "
            + "follow the link in it to confirm. Nothing else will be sent until you do.";

    private final SignUps signUps;
    private final SubscriberForms forms;
    private final FormLimits limits;
    private final SubscriptionSettings settings;
    private final PageHelper pages;

    SubscribeController(SignUps signUps, SubscriberForms forms, FormLimits limits, SubscriptionSettings settings,
                        PageHelper pages) {
        this.signUps = signUps;
        this.forms = forms;
        this.limits = limits;
        this.settings = settings;
        this.pages = pages;
    }

    @GetMapping("/subscribe")
    String form(Model model) {
        return page(model, new SignUpForm("", "", "", List.of(), "weekly", ""), null);
    }

    @PostMapping("/subscribe")
    String signUp(@RequestParam(required = false) String email, @RequestParam(required = false) String name,
                  @RequestParam(required = false) String organisation,
                  @RequestParam(required = false) List<String> topics,
                  @RequestParam(required = false) String frequency, @RequestParam(required = false) String website,
                  HttpServletRequest request, HttpServletResponse response, Model model) {
        limits.fromIp(request.getRemoteAddr());
        SignUpForm form = new SignUpForm(email, name, organisation, topics, frequency, website);
        if (website != null && !website.isEmpty()) {
            // a bot filled the hidden field: answer as if all went well, do nothing
            return pages.message(model, response, 200, "Check your inbox", CHECK_INBOX);
        }
        try {
            limits.forAddress(EmailAddresses.normalise(email));
            signUps.signUp(form, "form");
        } catch (InvalidInputException e) {
            response.setStatus(400);
            return page(model, form, e);
        }
        return pages.message(model, response, 200, "Check your inbox", CHECK_INBOX);
    }

    @GetMapping("/subscribe/confirm/{token}")
    String confirmPage(@PathVariable String token, Model model) {
        return pages.button(model, "Confirm your subscription",
                "One more step: press the button to start receiving our mail.",
                "/subscribe/confirm/" + token, "Confirm my subscription");
    }

    @PostMapping("/subscribe/confirm/{token}")
    String confirm(@PathVariable String token, HttpServletRequest request, HttpServletResponse response,
                   Model model) {
        limits.fromIp(request.getRemoteAddr());
        Subscriber s = signUps.confirm(token);
        return pages.message(model, response, 200, "You are subscribed",
                "Thank you. " + s.email() + " will receive " + s.frequency().label().toLowerCase(java.util.Locale.ROOT)
                        + " mail. Every mail has a link to change this or unsubscribe.",
                "/preferences/" + signUps.preferencesToken(s.id()), "Choose topics and frequency");
    }

    private String page(Model model, SignUpForm form, InvalidInputException error) {
        model.addAttribute("page", new SubscribePage(pages.chrome().chrome(),
                org.dossier.web.Meta.simple("Stay informed", "Register to receive updates: new research, commentary"
                        + " and events.", pages.chrome().absolute("/subscribe")),
                forms.topics(), form, error == null ? null : error.field(), error == null ? null : error.getMessage(),
                settings.consentWording(), settings.consentVersion()));
        return "subscriptions/subscribe";
    }
}
