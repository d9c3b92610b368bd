package academy.anxin.web.security;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class OperatorEndpointsTest {

    @Test
    void anyoneSeesThePlatformsOwnMetricsOnly() {
        String prometheus = """
                # TYPE memory_usedHeap_bytes gauge
                # HELP memory_usedHeap_bytes Displays the amount of used heap memory in bytes.
                memory_usedHeap_bytes{mp_scope="base"} 1.2E8
                # TYPE anxin_audit_intact gauge
                anxin_audit_intact{mp_scope="application"} 1.0
                # HELP thread_count Displays the current number of live threads, anxin_ included.
                thread_count{mp_scope="base",note="anxin_"} 80.0
                """;
        assertEquals("# TYPE anxin_audit_intact gauge\nanxin_audit_intact{mp_scope=\"application\"} 1.0\n",
                OperatorEndpoints.publicMetrics(prometheus));
    }

    @Test
    void anyoneSeesEachChecksNameAndStatusButNotItsData() {
        String health = """
                {"status":"DOWN","checks":[{"name":"database","status":"DOWN","data":{"error":"SQLNonTransientConnectionException"}},
                {"name":"audit-trail","status":"UP","data":{"intact":"false","brokenAt":"17","reason":"hash"}}]}""";
        assertEquals("{\"status\":\"DOWN\",\"checks\":[{\"name\":\"database\",\"status\":\"DOWN\"},"
                + "{\"name\":\"audit-trail\",\"status\":\"UP\"}]}", OperatorEndpoints.publicHealth(health));
    }

    @Test
    void anAnswerThatIsNotHealthJsonShowsNothing() {
        assertEquals("", OperatorEndpoints.publicHealth("<html>error</html>"));
        assertEquals("", OperatorEndpoints.publicHealth("{\"status\":\"UP\"}"));
    }
}
