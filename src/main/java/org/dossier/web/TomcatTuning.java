package org.dossier.web;

import org.springframework.boot.tomcat.TomcatConnectorCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Connector settings measured with bench/pages.sh. Tomcat's default 8 KB socket write buffer splits
 * a typical 15–30 KB article page into three or four write calls; a 32 KB buffer sends most pages in
 * one, which cut the kernel time per cached page by about a third. The buffer is per open
 * connection, so 32 KB keeps memory modest even with thousands of idle keep-alive connections.
 */
@Configuration(proxyBeanMethods = false)
class TomcatTuning {

    static final String WRITE_BUFFER_BYTES = "32768";

    @Bean
    TomcatConnectorCustomizer largerSocketWriteBuffer() {
        return connector -> connector.setProperty("socket.appWriteBufSize", WRITE_BUFFER_BYTES);
    }
}
