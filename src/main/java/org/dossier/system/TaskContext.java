package org.dossier.system;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The Spring context a command-line task runs in: the same settings and beans as the site but no
 * web server, no scheduler-driven jobs and no demo content. Started on first use, so that
 * {@code --help} answers at once.
 */
public final class TaskContext implements AutoCloseable {

    private final Class<?> primarySource;
    private ConfigurableApplicationContext context;

    public TaskContext(Class<?> primarySource) {
        this.primarySource = primarySource;
    }

    /** The bean of this type, starting the context if it is not running yet. */
    public <T> T bean(Class<T> type) {
        if (context == null) {
            context = new SpringApplicationBuilder(primarySource)
                    .web(WebApplicationType.NONE)
                    .properties("spring.main.banner-mode=off", "dossier.task-mode=true",
                            "logging.level.root=WARN", "logging.level.org.dossier=INFO",
                            // a context that fails to start is reported by the task in one line (Tasks)
                            "logging.level.org.springframework.boot.SpringApplication=OFF",
                            "logging.level.org.springframework.context.annotation.AnnotationConfigApplicationContext=ERROR")
                    .run();
        }
        return context.getBean(type);
    }

    @Override
    public void close() {
        if (context != null) {
            context.close();
        }
    }
}
