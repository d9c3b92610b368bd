package academy.anxin.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
}
