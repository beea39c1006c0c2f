package org.dossier.demo;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param demo whether a fresh site fills itself with demo content on first start (env {@code DOSSIER_DEMO})
 */
@ConfigurationProperties("dossier")
public record DemoProperties(@DefaultValue("true") boolean demo) {
}
