package academy.anxin.web.records;

import academy.anxin.kernel.domain.RegionCode;
import academy.anxin.kernel.domain.Regions;
import academy.anxin.web.i18n.LanguageChoice;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** An administrative division's name with its code ("广州市番禺区 (440113)"), as far as the platform's table knows it. */
@Named
@RequestScoped
public class RegionNames {

    @Inject
    Regions regions;

    @Inject
    LanguageChoice language;

    public String name(String code) {
        if (code == null) {
            return "";
        }
        if (!RegionCode.isValid(code)) {
            return code;
        }
        String described = regions.describe(new RegionCode(code), language.getCurrent());
        return described.equals(code) ? code : described + " (" + code + ")";
    }
}
