package org.sankofa;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * Sankofa: the information system shared by the people who fight trafficking in persons.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class SankofaApplication {

    public static void main(String[] args) {
        SpringApplication.run(SankofaApplication.class, args);
    }
}
