package academy.anxin.services.domain;

import academy.anxin.kernel.domain.DomainException;

/**
 * A telephone number people call, with the hours it answers ("24小时", "周一至周五 9:00-21:00"). The number is
 * written as the public dials it: digits with optional {@code +}, spaces and hyphens, 3 to 20 characters
 * (110 and 12356 are numbers too).
 */
public record Hotline(String number, String hours) implements java.io.Serializable {

    public static final int MAX_HOURS = 100;

    public Hotline {
        number = number == null ? "" : number.strip();
        hours = hours == null ? "" : hours.strip();
        if (number.isEmpty()) {
            throw new DomainException("hotline", "validation.required");
        }
        if (!number.matches("\\+?[0-9][0-9 \\-]{1,18}[0-9]")) {
            throw new DomainException("hotline", "listing.hotline.invalid", number);
        }
        if (hours.isEmpty()) {
            throw new DomainException("hotlineHours", "listing.hours.required");
        }
        ListingDetails.plainLine("hotlineHours", hours, MAX_HOURS);
    }

    /** The digits to put in a {@code tel:} address. */
    public String dialable() {
        return number.replaceAll("[ \\-]", "");
    }
}
