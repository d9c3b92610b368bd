package academy.anxin.records.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Minutes as hours to one decimal, rounded half up (95 minutes are 1.6 hours): one rule for pages, files and PDFs. */
public final class Hours {

    private Hours() {
    }

    public static String of(int minutes) {
        return BigDecimal.valueOf(minutes).divide(BigDecimal.valueOf(60), 1, RoundingMode.HALF_UP).toPlainString();
    }
}
