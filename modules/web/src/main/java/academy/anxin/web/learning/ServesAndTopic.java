package academy.anxin.web.learning;

/**
 * The two filters that the course catalog and the search results share, as they come in the address: what the
 * content serves (a tier or endorsement code, {@code ?serves=L2}) and a topic tag ({@code ?topic=grief}). Each page
 * binds them with {@code f:viewParam} ({@code #{catalogPage.filter.serves}}) and decides which values count.
 */
public class ServesAndTopic {

    private String serves;
    private String topic;

    public String getServes() {
        return serves;
    }

    public void setServes(String serves) {
        this.serves = serves;
    }

    public String getTopic() {
        return topic;
    }

    public void setTopic(String topic) {
        this.topic = topic;
    }
}
