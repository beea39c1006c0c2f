package org.dossier.subscriptions;

import org.dossier.mail.TestSmtp;
import org.springframework.test.context.ContextConfiguration;

/** Browser tests whose site delivers mail to the test SMTP server (kept apart from the meta-annotation). */
@ContextConfiguration(initializers = TestSmtp.Initializer.class)
abstract class SmtpBackedBrowserTest {
}
