package org.sankofa.web;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.Filter;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.servlet.DispatcherServlet;
import org.springframework.web.servlet.FlashMapManager;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.thymeleaf.ITemplateEngine;
import tools.jackson.databind.module.SimpleModule;

@Configuration(proxyBeanMethods = false)
class WebConfiguration implements WebMvcConfigurer {

    private final AuthorisationBeforeBinding authorisationBeforeBinding;
    private final DestructiveActions destructiveActions;

    WebConfiguration(AuthorisationBeforeBinding authorisationBeforeBinding, DestructiveActions destructiveActions) {
        this.authorisationBeforeBinding = authorisationBeforeBinding;
        this.destructiveActions = destructiveActions;
    }

    /** Authorisation first: someone who may not act is refused before being asked to confirm. */
    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(authorisationBeforeBinding);
        registry.addInterceptor(destructiveActions);
    }

    /** Spring MVC finds it by this name ({@code DispatcherServlet.FLASH_MAP_MANAGER_BEAN_NAME}). */
    @Bean(name = DispatcherServlet.FLASH_MAP_MANAGER_BEAN_NAME)
    FlashMapManager flashMapManager() {
        return new PageFlashMaps();
    }

    @Bean
    LocaleResolver localeResolver() {
        return new UserLocaleResolver();
    }

    /**
     * The answers to a database outage (503) and to undecodable parameters (400), outside every other filter but the
     * character encoding (so before the session's, which reads PostgreSQL), on requests and on the container's error
     * dispatches.
     */
    @Bean
    FilterRegistrationBean<FailureAnswers> failureAnswers(ITemplateEngine templates, MessageSource messages,
            LocaleResolver localeResolver) {
        var registration = new FilterRegistrationBean<>(new FailureAnswers(templates, messages, localeResolver));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
        registration.setDispatcherTypes(DispatcherType.REQUEST, DispatcherType.ERROR, DispatcherType.ASYNC);
        return registration;
    }

    /** Request parameters without control characters, for every filter and handler after it. */
    @Bean
    FilterRegistrationBean<Filter> controlCharacters() {
        var registration = new FilterRegistrationBean<>(ControlCharacters.filter());
        registration.setName("controlCharacters");
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 20);
        return registration;
    }

    /** JSON strings without control characters (Spring Boot adds every Jackson module bean to its JSON mapper). */
    @Bean
    SimpleModule controlCharactersInJson() {
        return ControlCharacters.json();
    }
}
