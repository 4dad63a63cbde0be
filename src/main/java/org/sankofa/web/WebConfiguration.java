package org.sankofa.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

@Configuration(proxyBeanMethods = false)
class WebConfiguration implements WebMvcConfigurer {

    private final AuthorisationBeforeBinding authorisationBeforeBinding;

    WebConfiguration(AuthorisationBeforeBinding authorisationBeforeBinding) {
        this.authorisationBeforeBinding = authorisationBeforeBinding;
    }

    @Override
    public void addInterceptors(org.springframework.web.servlet.config.annotation.InterceptorRegistry registry) {
        registry.addInterceptor(authorisationBeforeBinding);
    }

    @Bean
    LocaleResolver localeResolver() {
        return new UserLocaleResolver();
    }
}
