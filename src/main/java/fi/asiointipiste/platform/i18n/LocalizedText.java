package fi.asiointipiste.platform.i18n;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.util.Locale;
import java.util.Objects;

/**
 * A text in the three languages the service points serve in: Finnish, Swedish and English.
 * Reference data (agencies, tasks, profiles) carries all three; the UI picks one by locale.
 */
@Embeddable
public class LocalizedText implements Serializable {

    @NotBlank
    @Size(max = 2000)
    @Column(name = "fi")
    private String fi;

    @NotBlank
    @Size(max = 2000)
    @Column(name = "sv")
    private String sv;

    @NotBlank
    @Size(max = 2000)
    @Column(name = "en")
    private String en;

    protected LocalizedText() {}

    public LocalizedText(String fi, String sv, String en) {
        this.fi = fi;
        this.sv = sv;
        this.en = en;
    }

    /** The text in the given locale's language; Finnish for any language we do not serve. */
    public String in(Locale locale) {
        if (locale == null) {
            return fi;
        }
        return switch (locale.getLanguage()) {
            case "sv" -> sv;
            case "en" -> en;
            default -> fi;
        };
    }

    public String getFi() {
        return fi;
    }

    public String getSv() {
        return sv;
    }

    public String getEn() {
        return en;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof LocalizedText other
                && Objects.equals(fi, other.fi)
                && Objects.equals(sv, other.sv)
                && Objects.equals(en, other.en);
    }

    @Override
    public int hashCode() {
        return Objects.hash(fi, sv, en);
    }

    @Override
    public String toString() {
        return fi;
    }
}
