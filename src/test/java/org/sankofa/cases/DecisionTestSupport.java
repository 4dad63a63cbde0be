package org.sankofa.cases;

import org.sankofa.cases.CaseFixtures;
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

/** Shared helpers of the decision tests: cases of IOM Dakar, requests as a demo user, counts. */
public abstract class DecisionTestSupport {

    @Autowired
    protected MockMvc mvc;
    @Autowired
    protected JdbcClient jdbc;
    @Autowired
    protected FieldCipher cipher;
    @Autowired
    protected UserAccounts users;

    protected CurrentUser as(String username) {
        return users.findByUsername(username).orElseThrow();
    }

    protected CaseId dakarChild() {
        return CaseFixtures.childCase(jdbc, cipher, "SN-DKR", "Fatou", "Decision" + System.nanoTime());
    }

    protected CaseId dakarAdult() {
        CaseId id = dakarChild();
        jdbc.sql("update case_file set age_at_identification = 30 where id = ?").param(id.value()).update();
        return id;
    }

    protected MockHttpServletResponse perform(AbstractMockHttpServletRequestBuilder<?> request, String username)
            throws Exception {
        return mvc.perform(request.with(user(as(username))).with(csrf())).andReturn().getResponse();
    }

    protected MockHttpServletResponse api(HttpMethod method, String path, String json, String username) throws Exception {
        MockHttpServletRequestBuilder request = request(method, path);
        if (json != null) {
            request.contentType(MediaType.APPLICATION_JSON).content(json);
        }
        return perform(request, username);
    }

    protected long count(String table, CaseId caseId) {
        return jdbc.sql("select count(*) from " + table + " where case_id = ?").param(caseId.value()).query(Long.class)
                .single();
    }

    protected long audits(String action, CaseId caseId) {
        return jdbc.sql("select count(*) from audit_entry where action = ? and target_type = 'case' and target_id = ?")
                .params(action, String.valueOf(caseId.value())).query(Long.class).single();
    }

    protected String status(String table, long id) {
        return jdbc.sql("select status from " + table + " where id = ?").param(id).query(String.class).single();
    }
}
