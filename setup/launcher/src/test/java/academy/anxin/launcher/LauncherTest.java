package academy.anxin.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class LauncherTest {

    @Test
    void credentialsJoinTheUrlEncoded() {
        assertEquals("jdbc:mariadb://db:3306/anxin?user=anxin&password=p%40ss%26word",
                Launcher.withCredentials("jdbc:mariadb://db:3306/anxin", "anxin", "p@ss&word"));
        assertEquals("jdbc:mariadb://db:3306/anxin?useSsl=true&user=anxin",
                Launcher.withCredentials("jdbc:mariadb://db:3306/anxin?useSsl=true", "anxin", ""));
        assertEquals("jdbc:mariadb://db:3306/anxin", Launcher.withCredentials("jdbc:mariadb://db:3306/anxin", null, null));
    }

    @Test
    void aSettingThePlatformRefusesIsFoundInItsLog() {
        assertEquals("ANXIN_ADMIN_PASSWORD is refused: a password needs at least 10 characters",
                Launcher.settingRefused("[2026-12-07T02:00:00.000+0000] [] [SEVERE] [] [academy.anxin.identity."
                        + "application.PlatformAdminBootstrap] [anxin-setting-refused] ANXIN_ADMIN_PASSWORD is refused: "
                        + "a password needs at least 10 characters"));
        assertNull(Launcher.settingRefused("[INFO] schema identity: 2 migrations applied"));
    }

    @Test
    void aPlatformThatEndedOnItsOwnIsSaidInOneLineWithHowToStartAgain() {
        assertEquals("anxin: the platform (Payara Micro) was killed (SIGKILL); the embedded database was stopped"
                + " cleanly. Start it again with ./setup/run: everything in /srv/anxin is kept.",
                Launcher.platformEnded(137, Path.of("/srv/anxin"), true));
        assertEquals("anxin: the platform (Payara Micro) stopped with exit code 1. Start it again with ./setup/run:"
                + " everything in /srv/anxin is kept.", Launcher.platformEnded(1, Path.of("/srv/anxin"), false));
    }

    @Test
    void aPortIsAWholeNumberInRange() {
        assertEquals(8080, Launcher.port("8080"));
        assertEquals(9090, Launcher.port(" 9090 "));
    }
}
