package org.sankofa.cases.journey;

import org.sankofa.cases.CaseFixtures;
import org.sankofa.cases.CaseId;
import org.sankofa.cases.internal.protection.FieldCipher;
import org.sankofa.identity.CurrentUser;
import org.sankofa.identity.UserAccounts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

/** Shared steps of the tracing and transfer tests: a Dakar child's case, consent, requests as demo users. */
abstract class TransferTestSupport {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    FieldCipher cipher;
    @Autowired
    UserAccounts users;

    MockMvc mvc() {
        return mvc;
    }

    JdbcClient jdbc() {
        return jdbc;
    }

    FieldCipher cipher() {
        return cipher;
    }

    UserAccounts users() {
        return users;
    }

    CurrentUser as(String username) {
        return users().findByUsername(username).orElseThrow();
    }

    CaseId dakarChild() {
        return CaseFixtures.childCase(jdbc(), cipher(), "SN-DKR", "Mariama", "Transfercase" + System.nanoTime());
    }

    long office(String code) {
        return jdbc().sql("select id from office where code = ?").param(code).query(Long.class).single();
    }

    long caseOffice(CaseId caseId) {
        return jdbc().sql("select office_id from case_file where id = ?").param(caseId.value()).query(Long.class).single();
    }

    void crossBorderConsent(CaseId caseId) {
        CaseFixtures.consent(jdbc(), caseId, "CROSS_BORDER_SHARING");
    }

    long count(String table, CaseId caseId) {
        return jdbc().sql("select count(*) from " + table + " where case_id = ?").param(caseId.value()).query(Long.class)
                .single();
    }

    long audits(String action, CaseId caseId) {
        return jdbc().sql("select count(*) from audit_entry where action = ? and target_type = 'case' and target_id = ?")
                .params(action, String.valueOf(caseId.value())).query(Long.class).single();
    }

    MockHttpServletResponse perform(AbstractMockHttpServletRequestBuilder<?> request, String username)
            throws Exception {
        return mvc().perform(request.with(user(as(username))).with(csrf())).andReturn().getResponse();
    }

    MockHttpServletResponse api(HttpMethod method, String path, String json, String username) throws Exception {
        MockHttpServletRequestBuilder request = request(method, path);
        if (json != null) {
            request.contentType(MediaType.APPLICATION_JSON).content(json);
        }
        return perform(request, username);
    }

    /** Requests the transfer of a Dakar case to IOM Conakry as supervisor.dakar; returns the transfer id. */
    long requestTransferToConakry(CaseId caseId) throws Exception {
        MockHttpServletResponse response = api(HttpMethod.POST, "/api/v1/cases/" + caseId + "/transfers",
                "{\"toOfficeId\": " + office("GN-CKY") + ", \"reason\": \"Family found in Conakry\"}",
                "supervisor.dakar");
        if (response.getStatus() != 201) {
            throw new AssertionError("transfer request refused: " + response.getStatus() + " "
                    + response.getContentAsString());
        }
        return jdbc().sql("select id from case_transfer where case_id = ? and status = 'REQUESTED'").param(caseId.value())
                .query(Long.class).single();
    }
}
