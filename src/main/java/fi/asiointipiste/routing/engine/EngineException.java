package fi.asiointipiste.routing.engine;

import java.util.List;

/** Thrown for problems that stop parsing, compiling or evaluating; carries one or more {@link EngineError}s. */
public class EngineException extends RuntimeException {
    private final transient List<EngineError> errors;

    public EngineException(EngineError error) {
        this(List.of(error));
    }

    public EngineException(List<EngineError> errors) {
        super(
                errors.isEmpty()
                        ? "engine error"
                        : errors.get(0).toString()
                                + (errors.size() > 1 ? " (and " + (errors.size() - 1) + " more)" : ""));
        this.errors = List.copyOf(errors);
    }

    public EngineError error() {
        return errors.get(0);
    }

    public List<EngineError> errors() {
        return errors;
    }
}
