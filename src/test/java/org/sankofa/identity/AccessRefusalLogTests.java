package org.sankofa.identity;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.sankofa.support.DemoUsers;
import org.sankofa.support.SankofaTest;
import org.sankofa.support.SignIn;
import org.sankofa.support.Tokens;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** A signed-in person refused something (403) shows in the log: who, what, where — never a query string (ASVS 7.2.2). */
@SankofaTest
@ExtendWith(OutputCaptureExtension.class)
class AccessRefusalLogTests {

    @Autowired
    MockMvc mvc;

    @Test
    void refusalsOnPagesAndTheApiAreLoggedWithoutTheQuery(CapturedOutput output) throws Exception {
        Cookie observer = SignIn.session(mvc, "observer", DemoUsers.PASSWORD);
        mvc.perform(get("/admin/users").param("q", "Aminata").cookie(observer)).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/users").header("Authorization", "Bearer " + Tokens.of(mvc, "organiser")))
                .andExpect(status().isForbidden());

        assertThat(output.getOut()).contains("Access refused: user=observer GET /admin/users")
                .contains("Access refused: user=organiser GET /api/v1/users").doesNotContain("Aminata");
    }

    @Test
    void allowedRequestsAreNotLoggedAsRefusals(CapturedOutput output) throws Exception {
        Cookie mne = SignIn.session(mvc, "mne", DemoUsers.PASSWORD);
        mvc.perform(get("/profile").cookie(mne)).andExpect(status().isOk());

        assertThat(output.getOut()).doesNotContain("Access refused: user=mne");
    }
}
