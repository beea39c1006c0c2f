package org.dossier.newsletter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import org.dossier.mail.TestSmtp;
import org.dossier.subscriptions.Readers;
import org.dossier.taxonomy.Section;
import org.dossier.taxonomy.Term;
import org.dossier.testing.Fixtures;
import org.dossier.testing.MutableClock;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The running site's scheduler sends a scheduled newsletter when its time comes (the application
 * clock is moved an hour on), exactly once and only to its segment; a cancelled schedule sends nothing.
 */
@ContextConfiguration(initializers = TestSmtp.Initializer.class)
@Import(ScheduledNewsletterContract.Clocks.class)
@TestPropertySource(properties = "dossier.newsletter.digest-check=PT0.2S")
abstract class ScheduledNewsletterContract {

    private static final Duration QUIET = Duration.ofSeconds(2);

    @Autowired MockMvc mvc;
    @Autowired Fixtures fixtures;
    @Autowired Newsletters newsletters;
    @Autowired MutableClock clock;

    @TestConfiguration
    static class Clocks {
        @Bean
        @Primary
        MutableClock testClock() {
            return new MutableClock();
        }
    }

    @Test
    void scheduledNewsletterGoesOutOnceWhenItsTimeComesAndACancelledOneNever() throws Exception {
        Term energy = fixtures.topic("Energy");
        Term trade = fixtures.topic("Trade");
        Section section = fixtures.section("Briefs");
        long brief = Readers.publish(fixtures, section, Fixtures.unique("Grid brief"), energy);
        String inSegment = Fixtures.unique("energy") + "@example.org";
        String outside = Fixtures.unique("trade") + "@example.org";
        Readers.subscribe(mvc, inSegment, "monthly", energy);
        Readers.subscribe(mvc, outside, "monthly", trade);

        String subject = Fixtures.unique("Scheduled energy letter");
        long scheduled = newsletters.create(new NewsletterInput(subject, "Hello.", List.of(brief), List.of(energy.id())));
        newsletters.schedule(scheduled, clock.instant().plus(Duration.ofHours(1)));
        String cancelledSubject = Fixtures.unique("Cancelled letter");
        long cancelled = newsletters.create(new NewsletterInput(cancelledSubject, "Hello.", List.of(brief), List.of()));
        newsletters.schedule(cancelled, clock.instant().plus(Duration.ofMinutes(30)));
        newsletters.cancelSchedule(cancelled);
        assertThat(newsletters.get(cancelled).status()).isEqualTo("draft");
        assertThatThrownBy(() -> newsletters.cancelSchedule(cancelled)).isInstanceOf(InvalidNewsletterException.class)
                .hasMessageContaining("not scheduled");

        // Before its time: several scheduler rounds pass and nothing goes out.
        await().during(QUIET).atMost(QUIET.plusSeconds(5)).until(() -> copies(inSegment, subject) == 0);
        assertThat(newsletters.get(scheduled).status()).isEqualTo("scheduled");

        clock.advance(Duration.ofMinutes(61));
        Readers.awaitMail(inSegment, subject);
        assertThat(newsletters.get(scheduled).status()).isEqualTo("sent");
        // Further rounds neither send it again nor send it outside the segment, nor send the cancelled one.
        await().during(QUIET).atMost(QUIET.plusSeconds(5)).until(() -> copies(inSegment, subject) == 1
                && copies(outside, subject) == 0 && copies(inSegment, cancelledSubject) == 0
                && copies(outside, cancelledSubject) == 0);
        assertThat(newsletters.get(cancelled).status()).isEqualTo("draft");
    }

    private static long copies(String to, String subject) {
        return TestSmtp.to(to).stream().filter(m -> Readers.subject(m).equals(subject)).count();
    }
}
