package org.sankofa.web;

import org.junit.jupiter.api.Test;
import org.sankofa.support.SankofaTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** In demo mode the API description and Swagger UI are readable without signing in ({@link ApiDocsClosedTests}). */
@SankofaTest
class ApiDocsInDemoModeTests {

    @Autowired
    MockMvc mvc;

    @Test
    void theApiDescriptionIsOpen() throws Exception {
        mvc.perform(get("/v3/api-docs")).andExpect(status().isOk())
                .andExpect(jsonPath("$.paths['/api/v1/cases']").exists())
                .andExpect(jsonPath("$.paths['/api/v1/events']").exists())
                .andExpect(jsonPath("$.paths['/api/v1/events/{id}/participants']").exists())
                .andExpect(jsonPath("$.paths['/api/v1/events/{id}/attendance']").exists())
                .andExpect(jsonPath("$.paths['/api/v1/partners']").exists())
                .andExpect(jsonPath("$.paths['/api/v1/partners/{id}']").exists())
                .andExpect(jsonPath("$.paths['/api/v1/programmes']").exists())
                .andExpect(jsonPath("$.paths['/api/v1/programmes/{id}/targets']").exists())
                .andExpect(jsonPath("$.paths['/api/v1/programmes/{id}/report']").exists())
                .andExpect(jsonPath("$.paths['/api/v1/cases/{caseId}/programmes']").exists())
                .andExpect(jsonPath("$.paths['/api/v1/cases/{caseId}/programmes/{programmeId}/leaving']").exists());
        mvc.perform(get("/swagger-ui.html")).andExpect(status().is3xxRedirection());
    }
}
