package org.dossier;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * One jar, two uses: with no task name it runs the site; with a task name ({@code import},
 * {@code reindex}, …) it runs that task in a non-web context and exits.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
public class Application {

    public static void main(String[] args) {
        if (Tasks.isTask(args)) {
            System.exit(Tasks.run(Application.class, args));
        }
        SpringApplication.run(Application.class, args);
    }
}
