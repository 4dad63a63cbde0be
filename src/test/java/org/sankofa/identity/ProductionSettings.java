package org.sankofa.identity;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.sankofa.support.SankofaTest;
import org.springframework.test.context.TestPropertySource;

/**
 * The whole application as a production installation runs it, in one application context shared by the test classes
 * that need it: outside demo mode (no demo world, test-only encryption keys, the first administrator from
 * configuration), behind a reverse proxy on this machine (127.0.0.1, whose {@code X-Forwarded-For} is believed) in a
 * network of proxies 10.1.2.0/24, as docs/operations.md tells operators to configure it.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SankofaTest
@TestPropertySource(properties = {"sankofa.demo=false", "sankofa.admin.username=First.Admin",
        "sankofa.admin.password=correct-horse-battery-staple",
        // outside demo mode encryption keys are required (test-only keys)
        "sankofa.encryption.active-key=t1", "sankofa.encryption.keys.t1=MDEyMzQ1Njc4OWFiY2RlZjAxMjM0NTY3ODlhYmNkZWY=",
        "sankofa.encryption.index-key=ZmVkY2JhOTg3NjU0MzIxMGZlZGNiYTk4NzY1NDMyMTA=",
        // and so is an audit key
        "sankofa.audit.keys.t1=YXVkaXQta2V5LW9mLXRoZS10ZXN0cy1OT1QtU0VDUlQ=",
        "server.tomcat.remoteip.internal-proxies=127.0.0.1/32, 10.1.2.0/24"})
public @interface ProductionSettings {
}
