package fi.asiointipiste.platform.security;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.regex.Pattern;

/**
 * What the sign-in page (login.xhtml) takes: username, password, the second factor's code where one is needed, and
 * the page to return to afterwards, which must be a page of this application.
 */
public abstract class SignInForm {

    /** One leading slash, then only the characters of a URL path and query (RFC 3986, percent-encoded otherwise). */
    private static final Pattern SAFE_NEXT = Pattern.compile("/[A-Za-z0-9._~!$&'()*+,;=:@%/?-]*");

    @NotBlank
    @Size(max = 60)
    private String username;

    @NotBlank
    @Size(max = 200)
    private String password;

    private String next;

    @Size(max = 40)
    private String code;

    /**
     * Only a path of this application may follow sign-in, never another site (no open redirect): it must start with
     * one slash and contain only the characters of a URL path and query. Anything else — another scheme, "//host",
     * a backslash, and control characters such as a TAB, which browsers drop from a Location so that "/\t/host"
     * would become "//host" — returns to the home page.
     */
    String safeNext() {
        if (next == null
                || !SAFE_NEXT.matcher(next).matches()
                || next.startsWith("//")
                || next.startsWith(StaffAuthentication.LOGIN_PAGE)) {
            return "/index.xhtml";
        }
        return next;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getNext() {
        return next;
    }

    public void setNext(String next) {
        this.next = next;
    }
}
