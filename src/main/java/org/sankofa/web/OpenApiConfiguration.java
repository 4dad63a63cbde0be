package org.sankofa.web;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The OpenAPI description of /api/v1: personal access tokens as bearer tokens, problem details for errors. */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

    @Bean
    OpenAPI sankofaOpenApi() {
        return new OpenAPI()
                .info(new Info().title("Sankofa API").version("v1")
                        .description("The REST API of Sankofa. Authenticate with a personal access token "
                                + "(POST /api/v1/tokens, or your profile page) sent as 'Authorization: Bearer <token>'. "
                                + "Countries are ISO 3166-1 alpha-2 codes; dates are ISO 8601; errors are RFC 9457 "
                                + "problem details.")
                        .license(new License().name("Open source")))
                .components(new Components().addSecuritySchemes("bearer",
                        new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer")
                                .description("Personal access token")))
                .addSecurityItem(new SecurityRequirement().addList("bearer"));
    }
}
