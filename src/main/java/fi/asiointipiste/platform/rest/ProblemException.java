package fi.asiointipiste.platform.rest;

import jakarta.ws.rs.WebApplicationException;

/**
 * A request refused before any domain code ran (a malformed body, a missing precondition), answered with its problem
 * document as it is: JAX-RS uses the response of a {@link WebApplicationException} that has an entity directly.
 */
public class ProblemException extends WebApplicationException {

    private final transient Problem problem;

    public ProblemException(Problem problem) {
        super(problem.code(), problem.response());
        this.problem = problem;
    }

    public Problem problem() {
        return problem;
    }
}
