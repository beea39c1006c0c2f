package org.dossier.mail;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import org.springframework.stereotype.Component;

/**
 * Renders a mail's two bodies from jte templates at the same path: {@code src/main/jte/X.jte}
 * (HTML, escaped, inline CSS because mail clients ignore style sheets) and
 * {@code src/main/jte-text/X.jte} (plain text, precompiled by its own plugin execution).
 */
@Component
public class MailTemplates {

    private final TemplateEngine html;
    private final TemplateEngine text;

    MailTemplates(TemplateEngine html) {
        this.html = html;
        this.text = TemplateEngine.createPrecompiled(null, ContentType.Plain, MailTemplates.class.getClassLoader(),
                "gg.jte.generated.mailtext");
    }

    /** The HTML and plain-text bodies of template {@code name} (e.g. "subscriptions/confirm-mail") for {@code page}. */
    public Bodies render(String name, Object page) {
        StringOutput h = new StringOutput();
        html.render(name + ".jte", page, h);
        StringOutput t = new StringOutput();
        text.render(name + ".jte", page, t);
        return new Bodies(h.toString(), t.toString().strip() + "\n");
    }

    /** A rendered mail body in both forms. */
    public record Bodies(String html, String text) {
    }
}
