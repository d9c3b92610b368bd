package academy.anxin.kernel.platform;

/**
 * A configuration setting that breaks a rule (an {@code ANXIN_ADMIN_PASSWORD} the password policy refuses, say).
 * The start stops: the message is one plain line naming the setting and the rule, logged with {@link #MARK} so
 * that the launcher prints that line and stops the platform instead of leaving the operator a failed deployment
 * and a stack trace to read.
 */
public final class SettingRefused extends RuntimeException {

    /** The launcher looks for this in the platform's log; keep the two in step. */
    public static final String MARK = "[anxin-setting-refused]";

    private static final long serialVersionUID = 1L;

    public SettingRefused(String setting, String rule) {
        super(setting + " is refused: " + rule, null, false, false);
    }

    /** The line to log before throwing, for the launcher to find. */
    public String logLine() {
        return MARK + " " + getMessage();
    }
}
