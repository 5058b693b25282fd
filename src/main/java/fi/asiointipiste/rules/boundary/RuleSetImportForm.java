package fi.asiointipiste.rules.boundary;

import fi.asiointipiste.routing.engine.dmn.DmnReader;
import jakarta.servlet.http.Part;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * What a coordinator enters to import a DMN file as a new draft (rules/index.xhtml): a name, a change note and the
 * file, which is read only when it is no larger than {@value #MAX_BYTES} bytes.
 */
public abstract class RuleSetImportForm {

    /** The largest document the engine reads. */
    static final long MAX_BYTES = DmnReader.DEFAULT_MAX_BYTES;

    @NotBlank
    @Size(max = 200)
    private String name;

    @NotBlank
    @Size(max = 2000)
    private String note;

    @NotNull
    private Part file;

    /** The uploaded document as UTF-8 text, or empty when the file is too large to read. */
    Optional<String> document() throws IOException {
        if (file.getSize() > MAX_BYTES) {
            return Optional.empty();
        }
        try (InputStream in = file.getInputStream()) {
            return Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }

    public Part getFile() {
        return file;
    }

    public void setFile(Part file) {
        this.file = file;
    }
}
