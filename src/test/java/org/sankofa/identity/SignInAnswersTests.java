package org.sankofa.identity;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.sankofa.support.SankofaTest;
import org.sankofa.support.SignIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * A refused sign-in tells nothing about the account: an unknown name, a wrong password, a disabled account, a missing
 * or wrong second-factor code — and, after repeated failures, the wait — get the same answer, byte for byte (status,
 * headers, body), on the sign-in page and through the API.
 */
@SankofaTest
class SignInAnswersTests {

    private static final String PASSWORD = "answers-test-password";
    private static final String TOTP_SECRET = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP";

    @Autowired
    MockMvc mvc;

    @Autowired
    UserAccounts users;

    @Autowired
    JdbcClient jdbc;

    /** What a client sees of an answer; {@code Retry-After} apart, as it counts down. */
    record Answer(int status, Map<String, List<String>> headers, String body) {

        static Answer of(MvcResult result) throws Exception {
            Map<String, List<String>> headers = new LinkedHashMap<>();
            for (String name : result.getResponse().getHeaderNames()) {
                if (!name.equalsIgnoreCase("Retry-After")) {
                    headers.put(name, result.getResponse().getHeaders(name));
                }
            }
            return new Answer(result.getResponse().getStatus(), headers, result.getResponse().getContentAsString());
        }
    }

    @Test
    void everyFailedSignInOnThePageGetsTheAnswerOfAnUnknownName() throws Exception {
        Answer unknown = page(SignIn.uniqueUsername("nosuch"), PASSWORD, null);

        assertThat(unknown.status()).isEqualTo(302);
        assertThat(unknown.headers().get("Location")).containsExactly("/login?error");
        assertThat(unknown.headers()).doesNotContainKey("Set-Cookie");
        assertThat(page(account(), "wrong-password", null)).as("wrong password").isEqualTo(unknown);
        assertThat(page(disabledAccount(), PASSWORD, null)).as("disabled, right password").isEqualTo(unknown);
        assertThat(page(accountWithSecondFactor(), PASSWORD, null)).as("right password, no code").isEqualTo(unknown);
        assertThat(page(accountWithSecondFactor(), PASSWORD, wrongCode())).as("right password, wrong code")
                .isEqualTo(unknown);
    }

    @Test
    void everyFailedSignInThroughTheApiGetsTheAnswerOfAnUnknownName() throws Exception {
        Answer unknown = api(SignIn.uniqueUsername("nosuch"), PASSWORD, null);

        assertThat(unknown.status()).isEqualTo(401);
        assertThat(unknown.body()).contains("Sign-in did not succeed");
        assertThat(api(account(), "wrong-password", null)).as("wrong password").isEqualTo(unknown);
        assertThat(api(disabledAccount(), PASSWORD, null)).as("disabled, right password").isEqualTo(unknown);
        assertThat(api(accountWithSecondFactor(), PASSWORD, null)).as("right password, no code").isEqualTo(unknown);
        assertThat(api(accountWithSecondFactor(), PASSWORD, wrongCode())).as("right password, wrong code")
                .isEqualTo(unknown);
    }

    @Test
    void theWaitAfterRepeatedFailuresIsTheSameForAnUnknownAndARealAccount() throws Exception {
        String unknownName = SignIn.uniqueUsername("nosuch");
        String realName = account();
        String fromUnknown = SignIn.uniqueAddress();
        String fromReal = SignIn.uniqueAddress();
        for (int i = 0; i < 6; i++) {
            SignIn.attempt(mvc, unknownName, "guess-" + i, null, fromUnknown);
            SignIn.attempt(mvc, realName, "guess-" + i, null, fromReal);
        }

        MvcResult unknown = apiResult(unknownName, PASSWORD, null, fromUnknown);
        MvcResult real = apiResult(realName, PASSWORD, null, fromReal);

        assertThat(unknown.getResponse().getStatus()).isEqualTo(429);
        assertThat(Answer.of(real)).isEqualTo(Answer.of(unknown));
        for (MvcResult waiting : List.of(unknown, real)) {
            assertThat(Integer.parseInt(waiting.getResponse().getHeader("Retry-After")))
                    .as("the first wait, in seconds, counting down").isBetween(1, 15);
        }
        assertThat(Answer.of(pageResult(realName, PASSWORD, null, fromReal)))
                .as("on the page, waiting is answered as any failure")
                .isEqualTo(Answer.of(pageResult(unknownName, PASSWORD, null, fromUnknown)))
                .isEqualTo(page(SignIn.uniqueUsername("nosuch"), PASSWORD, null));
    }

    private Answer page(String username, String password, String code) throws Exception {
        return Answer.of(pageResult(username, password, code, SignIn.uniqueAddress()));
    }

    private MvcResult pageResult(String username, String password, String code, String address) throws Exception {
        var request = post("/login").param("username", username).param("password", password).with(csrf())
                .with(SignIn.from(address));
        if (code != null) {
            request.param("code", code);
        }
        return mvc.perform(request).andReturn();
    }

    private Answer api(String username, String password, String code) throws Exception {
        return Answer.of(apiResult(username, password, code, SignIn.uniqueAddress()));
    }

    private MvcResult apiResult(String username, String password, String code, String address) throws Exception {
        String totp = code == null ? "" : ",\"totp\":\"" + code + "\"";
        return mvc.perform(post("/api/v1/tokens").with(SignIn.from(address)).contentType(MediaType.APPLICATION_JSON)
                .content("{\"username\":\"" + username + "\",\"password\":\"" + password + "\"" + totp + "}"))
                .andReturn();
    }

    private String account() {
        String username = SignIn.uniqueUsername("known");
        SignIn.createUser(users, username, PASSWORD, RoleGrant.of(Role.OBSERVER));
        return username;
    }

    private String disabledAccount() {
        String username = account();
        jdbc.sql("update app_user set enabled = false where username = ?").param(username).update();
        return username;
    }

    private String accountWithSecondFactor() {
        String username = account();
        jdbc.sql("update app_user set totp_secret = ?, totp_enabled = true where username = ?")
                .params(TOTP_SECRET, username).update();
        return username;
    }

    private static String wrongCode() {
        return "000000".equals(SignIn.totp(TOTP_SECRET)) ? "111111" : "000000";
    }
}
