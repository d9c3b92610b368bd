package academy.anxin.web.pages;

import java.io.Serializable;

/**
 * The email and password that identify an account, as typed into the login form or chosen on the registration
 * form; both pages bind their fields here ({@code #{loginPage.account.email}}, {@code #{registerPage.account.password}}).
 */
public class EmailAndPassword implements Serializable {

    private static final long serialVersionUID = 1L;

    private String email;
    private String password;

    /** The email as typed, or empty (never null) for a service that wants text. */
    String emailOrEmpty() {
        return email == null ? "" : email;
    }

    /** The password as typed, or empty (never null). */
    String passwordOrEmpty() {
        return password == null ? "" : password;
    }

    /** Forgets the password, so that a refused form does not carry it on. */
    void forgetPassword() {
        password = null;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}
