package org.dossier.subscriptions;

import jakarta.servlet.http.HttpServletResponse;
import org.dossier.subscriptions.SubscriptionPages.MessagePage;
import org.dossier.web.ChromeFactory;
import org.dossier.web.Meta;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/** Shared bits of the mailing-list controllers: page metadata and the one-message page. */
@Component
class PageHelper {

    private final ChromeFactory chrome;

    PageHelper(ChromeFactory chrome) {
        this.chrome = chrome;
    }

    ChromeFactory chrome() {
        return chrome;
    }

    /** Personal pages are never indexed; their canonical address is the public sign-up page. */
    Meta meta(String title, String description) {
        return Meta.simple(title, description, chrome.absolute("/subscribe")).noIndex();
    }

    String message(Model model, HttpServletResponse response, int status, String heading, String message) {
        return message(model, response, status, heading, message, null, null);
    }

    String message(Model model, HttpServletResponse response, int status, String heading, String message,
                   String linkUrl, String linkLabel) {
        response.setStatus(status);
        model.addAttribute("page", new MessagePage(chrome.chrome(), meta(heading, message), heading, message, null,
                null, linkUrl, linkLabel));
        return "subscriptions/message";
    }

    String button(Model model, String heading, String message, String action, String button) {
        model.addAttribute("page", new MessagePage(chrome.chrome(), meta(heading, message), heading, message, action,
                button, null, null));
        return "subscriptions/message";
    }
}
